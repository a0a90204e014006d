import { Link } from "@/components/ui/link";
import { InlineText } from "@/components/ui/rich-text";
import { ItemBadges } from "./item-badges";
import { itemPath } from "@/lib/open-data/item-address";
import { statusLabel } from "@/lib/schemas/catalogue";
import { stripMarkup } from "@/lib/text/normalize";
import { formatDate } from "@/lib/text/format";
import { frenchTypography } from "@/lib/text/typography";
import type { TableDetail } from "@/server/data/tables/get-table";

type Item = TableDetail["ideas"][number];

/** The first 60 characters of an item's text, without its markup. */
function excerpt(text: string): string {
  const plain = stripMarkup(text);
  return plain.length > 60 ? `${plain.slice(0, 60)}…` : plain;
}

/** An example or idea on its table's page: text, themes, status, follow-up and where else it came up. */
export function ItemDetail({ item, rencontreSlug }: { item: Item; rencontreSlug: string }) {
  const status = statusLabel(item.status);
  const path = itemPath(item);
  return (
    <li id={`item-${item.id}`} className="item-card">
      <p>
        {path ? (
          <Link href={path} className="item-link">
            <InlineText source={item.text} keywords />
          </Link>
        ) : (
          <InlineText source={item.text} keywords />
        )}
      </p>
      {status || item.themes.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <ItemBadges status={item.status} themes={item.themes} />
        </p>
      ) : null}
      {item.related.length > 0 ? (
        <p className="mt-2 text-sm text-muted">
          {"Aussi évoqué\u00a0: "}
          {item.related.map((r, i) => (
            <span key={r.id}>
              {i > 0 ? "\u202f; " : ""}
              <Link href={`/rencontres/${rencontreSlug}/tables/${r.table}#item-${r.id}`}>
                {`table ${r.table} («\u202f${frenchTypography(excerpt(r.text))}\u202f»)`}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
      {item.notes.length > 0 ? (
        <div className="mt-2 text-sm">
          <p className="font-semibold">Suivi</p>
          <ul className="list-disc pl-6">
            {item.notes.map((note, i) => (
              <li key={i}>
                <time dateTime={note.date.toISOString().slice(0, 10)}>{formatDate(note.date)}</time>
                {note.status ? ` — ${statusLabel(note.status)}` : ""}
                {`\u00a0: ${frenchTypography(note.text)}`}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </li>
  );
}
