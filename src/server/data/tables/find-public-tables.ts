import "server-only";
import type { ApiTable } from "@/lib/api/schemas";
import { tableAddress } from "@/lib/open-data/item-address";
import { db } from "@/server/db";

/** One page of the tables of published rencontres (optionally one rencontre's, by slug), by keyset on the id. */
export async function findPublicTables(input: { rencontre: string | null; after: string | null; limit: number }) {
  const rows = await db.table.findMany({
    where: {
      rencontre: { status: "PUBLISHED", ...(input.rencontre ? { slug: input.rencontre } : {}) },
      ...(input.after ? { id: { gt: input.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: { id: true, number: true, title: true, rencontre: { select: { id: true, slug: true } } },
  });
  return rows.map(
    (t): ApiTable => ({
      id: t.id,
      numero: t.number,
      titre: t.title,
      rencontre: t.rencontre,
      adresse: tableAddress({ rencontreSlug: t.rencontre.slug, tableNumber: t.number }),
    }),
  );
}
