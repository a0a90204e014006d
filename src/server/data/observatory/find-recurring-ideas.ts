import "server-only";
import { topK } from "@/lib/search/top-k";
import { db } from "@/server/db";
import type { FacetIndex } from "@/server/data/search/build-facet-index";

export type RecurringIdea = {
  slug: string;
  text: string;
  rencontre: { title: string; city: string; date: Date | null };
  tableNumber: number;
  /** The other published items it is linked to as the same idea. */
  links: number;
};

/**
 * The published ideas linked to the most others as "the same idea raised elsewhere" (the
 * synthesis links and the confirmed rapprochements, both ends published), read from the
 * facet index's link counts: one pass over its typed arrays, then `limit` rows by id.
 */
export async function findRecurringIdeas(index: FacetIndex, limit = 10): Promise<RecurringIdea[]> {
  const ideas = index.kinds.IDEA;
  // Ties by id, as ORDER BY COUNT(*) DESC, id did; a few spares for rows without a slug.
  const wanted = limit + 5;
  const count = ideas.relatedCount;
  const top = topK(
    ideas.size,
    wanted,
    (a, b) => count[a]! > count[b]! || (count[a] === count[b] && ideas.ids[a]! < ideas.ids[b]!),
    (i) => count[i]! > 0,
  );
  if (top.length === 0) return [];
  const rows = await db.item.findMany({
    where: { id: { in: top.map((i) => ideas.ids[i]!) } },
    select: { id: true, slug: true, plainText: true, table: { select: { number: true } }, rencontre: { select: { title: true, city: true, date: true } } },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return top
    .flatMap((i) => {
      const idea = byId.get(ideas.ids[i]!);
      if (!idea?.slug) return [];
      return [{ slug: idea.slug, text: idea.plainText, rencontre: idea.rencontre, tableNumber: idea.table.number, links: ideas.relatedCount[i]! }];
    })
    .slice(0, limit);
}
