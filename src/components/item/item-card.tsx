import Link from "next/link";
import { itemPath } from "@/lib/open-data/item-address";
import { InlineText } from "@/components/ui/rich-text";
import { ItemBadges } from "./item-badges";
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
};

/** An example or an idea in a list: its text (a link to its page) with keywords highlighted, themes, status and origin. */
export function ItemCard({ item, showOrigin = true }: { item: ItemCardData; showOrigin?: boolean }) {
  const path = itemPath(item);
  return (
    <article className="rounded-lg border border-line bg-white p-4">
      <p className="text-base">
        {path ? (
          <Link href={path} className="text-ink decoration-line underline-offset-4 hover:decoration-ink">
            <InlineText source={item.text} keywords />
          </Link>
        ) : (
          <InlineText source={item.text} keywords />
        )}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm">
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
      </div>
    </article>
  );
}
