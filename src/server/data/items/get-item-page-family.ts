import "server-only";
import { db } from "@/server/db";

/** Items a family walk reaches at most: the page's work stays bounded whatever the catalogue's size. */
export const FAMILY_CAP = 200;

const published = { rencontre: { status: "PUBLISHED" as const } };

export type FamilyPlace = { rencontre: { slug: string }; table: number };

/**
 * Where the family of an item was raised: the items joined to it, directly or through others,
 * by links of the catalogue (ItemRelation rows: the synthesis's and the confirmed rapprochements;
 * and the lines of a general synthesis that sum up several items), breadth first from the item and the items already linked to it, through published
 * rencontres only, up to FAMILY_CAP items. The item itself is not among the places.
 */
export async function familyPlaces(itemId: string, linkedIds: readonly string[]): Promise<FamilyPlace[]> {
  const seen = new Set([itemId, ...linkedIds]);
  let frontier = [...seen];
  while (frontier.length > 0 && seen.size < FAMILY_CAP) {
    const relations = await db.itemRelation.findMany({
      where: { from: published, to: published, OR: [{ fromId: { in: frontier } }, { toId: { in: frontier } }] },
      select: { fromId: true, toId: true },
      take: FAMILY_CAP * 4,
    });
    // A line of a general synthesis that sums up several items links them too.
    const lines = await db.synthesisEntryItem.findMany({ where: { itemId: { in: frontier } }, select: { entryId: true }, take: FAMILY_CAP * 4 });
    const mates = await db.synthesisEntryItem.findMany({
      where: { entryId: { in: [...new Set(lines.map((l) => l.entryId))] }, item: published },
      select: { itemId: true },
      take: FAMILY_CAP * 4,
    });
    frontier = [];
    for (const id of [...relations.flatMap((r) => [r.fromId, r.toId]), ...mates.map((m) => m.itemId)])
      if (!seen.has(id) && seen.size < FAMILY_CAP) {
        seen.add(id);
        frontier.push(id);
      }
  }
  seen.delete(itemId);
  const items = await db.item.findMany({ where: { id: { in: [...seen] }, ...published }, select: { table: { select: { number: true } }, rencontre: { select: { slug: true } } } });
  return items.map((i) => ({ rencontre: i.rencontre, table: i.table.number }));
}
