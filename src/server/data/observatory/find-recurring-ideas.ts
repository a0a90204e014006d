import "server-only";
import { db } from "@/server/db";

export type RecurringIdea = {
  slug: string;
  text: string;
  rencontre: { title: string; city: string; date: Date | null };
  tableNumber: number;
  /** The other published items it is linked to as the same idea. */
  links: number;
};

type Row = { id: string; n: number | bigint };

/**
 * The published ideas linked to the most others as "the same idea raised elsewhere".
 * Today these links are ItemRelation rows (the synthesis links of each compte rendu); the
 * observatory reads recurrence only through this function, so that confirmed recurrence
 * links can replace them here alone. Both ends must be published: a draft's idea never counts.
 * Cost: one GROUP BY over the relations (indexed on both ends), then `limit` rows by id.
 */
export async function findRecurringIdeas(limit = 10): Promise<RecurringIdea[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT ends.id AS id, COUNT(*) AS n FROM (
      SELECT rel."fromId" AS id, rel."toId" AS other FROM "ItemRelation" rel
      UNION ALL SELECT rel."toId" AS id, rel."fromId" AS other FROM "ItemRelation" rel
    ) ends
    JOIN "Item" i ON i.id = ends.id JOIN "Rencontre" r ON r.id = i."rencontreId"
    JOIN "Item" o ON o.id = ends.other JOIN "Rencontre" ro ON ro.id = o."rencontreId"
    WHERE i.kind = 'IDEA' AND r.status = 'PUBLISHED' AND ro.status = 'PUBLISHED' AND i.slug IS NOT NULL
    GROUP BY ends.id ORDER BY COUNT(*) DESC, ends.id LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const ideas = await db.item.findMany({
    where: { id: { in: rows.map((r) => r.id) } },
    select: { id: true, slug: true, plainText: true, table: { select: { number: true } }, rencontre: { select: { title: true, city: true, date: true } } },
  });
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return rows.flatMap((row) => {
    const idea = byId.get(row.id);
    if (!idea?.slug) return [];
    return [{ slug: idea.slug, text: idea.plainText, rencontre: idea.rencontre, tableNumber: idea.table.number, links: Number(row.n) }];
  });
}
