import "server-only";
import type { Actor } from "@/server/actor";
import { allocateItemSlugs } from "@/server/data/items/item-slugs";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

const BATCH = 1000;

/**
 * Gives an address to every example and idea written before items had one (the migration
 * adds the column empty). Run by `npm run db:setup` after the migrations; does nothing when
 * every item has its slug. Returns how many items got one.
 */
export async function backfillItemSlugs(actor: Actor): Promise<number> {
  let total = 0;
  for (;;) {
    const count = await writeCatalogue(
      actor,
      { audit: (n: number) => (n === 0 ? null : { action: "UPDATE", entityType: "Item", summary: `Adresses de ${n} exemples et pistes créées` }), transaction: { timeout: 120_000 } },
      async (tx) => {
        const items = await tx.item.findMany({
          where: { slug: null },
          orderBy: [{ createdAt: "asc" }, { tableId: "asc" }, { kind: "asc" }, { position: "asc" }],
          take: BATCH,
          select: { id: true, text: true },
        });
        const slugs = await allocateItemSlugs(tx, items.map((i) => i.text));
        for (const [index, item] of items.entries()) await tx.item.update({ where: { id: item.id }, data: { slug: slugs[index]! } });
        return items.length;
      },
    );
    total += count;
    if (count < BATCH) return total;
  }
}
