import { Link } from "@/components/ui/link";
import { itemPath } from "@/lib/open-data/item-address";
import { InlineText } from "@/components/ui/rich-text";
import { ItemBadges } from "./item-badges";
import { recurrenceWording } from "@/lib/items/recurrence-spread";
import { formatDate } from "@/lib/text/format";

export type ItemCardData = {
  id: string;
  kind: "IDEA" | "EXAMPLE";
  slug: string | null;
  text: string;
  status: string | null;
  themes: { slug: string; name: string }[];
  table: { number: number };
  rencontre: { slug: string; city: string; date: Date | string | null };
  /** Where it and its linked items were raised, beyond its own table (the catalogue's search gives it). */
  recurrence?: { rencontres: number; tables: number } | null;
  /** With words searched: false when it was found by an organisation at its table, not by its text. */
  matchedInText?: boolean | null;
};

/**
 * An example or an idea in a list: its text (a link to its page) with keywords highlighted, the
 * searched words (`terms`) marked or why it was found without them, themes, status, origin and recurrence.
 */
export function ItemCard({ item, showOrigin = true, terms = [] }: { item: ItemCardData; showOrigin?: boolean; terms?: readonly string[] }) {
  const path = itemPath(item);
  const feminine = item.kind === "IDEA";
  return (
    <article className="item-card">
      <p className="text-base">
        {path ? (
          <Link href={path} className="item-link">
            <InlineText source={item.text} keywords terms={terms} />
          </Link>
        ) : (
          <InlineText source={item.text} keywords terms={terms} />
        )}
      </p>
      {item.matchedInText === false ? (
        <p className="mt-1 text-sm text-muted">{feminine ? "Trouvée" : "Trouvé"} par&nbsp;: organisation présente à la table</p>
      ) : null}
      <div className="item-meta">
        <ItemBadges status={item.status} themes={item.themes} />
        {showOrigin ? (
          <span className="text-muted">
            <Link href={`/rencontres/${item.rencontre.slug}/tables/${item.table.number}`}>Table {item.table.number}</Link>
            {" · "}
            <Link href={`/rencontres/${item.rencontre.slug}`}>
              {item.rencontre.city}, {formatDate(item.rencontre.date)}
            </Link>
          </span>
        ) : null}
        {item.recurrence ? <span className="font-semibold">{recurrenceWording(item.kind, item.recurrence)}</span> : null}
      </div>
    </article>
  );
}
