import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { itemSlugBase } from "@/lib/text/item-slug";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/** Items given their address per transaction, and per UPDATE statement. */
const BATCH = 5000;
const PER_STATEMENT = 500;

/**
 * Gives an address to every example and idea written before items had one (the migration
 * adds the column empty). Run by `npm run db:setup` after the migrations; does nothing when
 * every item has its slug. The addresses already given are read once, the new ones worked
 * out in memory (-2, -3… as allocateItemSlugs gives them) and written 500 per statement.
 * Returns how many items got one.
 */
export async function backfillItemSlugs(actor: Actor): Promise<number> {
  if ((await db.item.count({ where: { slug: null } })) === 0) return 0;
  const taken = new Set((await db.item.findMany({ where: { slug: { not: null } }, select: { slug: true } })).map((i) => i.slug!));
  // Where each base's search for a free -n resumes: thousands of items may share one base.
  const next = new Map<string, number>();
  const allocate = (text: string) => {
    const base = itemSlugBase(text);
    for (let n = next.get(base) ?? 1; ; n += 1) {
      const slug = n === 1 ? base : `${base}-${n}`;
      if (taken.has(slug)) continue;
      taken.add(slug);
      next.set(base, n + 1);
      return slug;
    }
  };
  let total = 0;
  for (;;) {
    const count = await writeCatalogue(
      actor,
      {
        audit: (n: number) => (n === 0 ? null : { action: "UPDATE", entityType: "Item", summary: `Adresses de ${n} exemples et pistes créées` }),
        transaction: { timeout: 120_000 },
      },
      async (tx) => {
        const items = await tx.item.findMany({
          where: { slug: null },
          orderBy: [{ createdAt: "asc" }, { tableId: "asc" }, { kind: "asc" }, { position: "asc" }],
          take: BATCH,
          select: { id: true, text: true },
        });
        for (let start = 0; start < items.length; start += PER_STATEMENT) {
          const rows = items.slice(start, start + PER_STATEMENT).map((item) => ({ id: item.id, slug: allocate(item.text) }));
          const cases = Prisma.join(
            rows.map((r) => Prisma.sql`WHEN ${r.id} THEN ${r.slug}`),
            " ",
          );
          const ids = Prisma.join(rows.map((r) => r.id));
          await tx.$executeRaw`UPDATE "Item" SET "slug" = CASE "id" ${cases} END WHERE "id" IN (${ids})`;
        }
        return items.length;
      },
    );
    total += count;
    if (count < BATCH) return total;
  }
}
