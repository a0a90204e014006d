import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ExportItem } from "@/lib/open-data/item-export";
import type { CatalogueFilters } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import { ITEMS_FROM, itemsWhere, resolveCatalogueFilters, type ItemKindValue } from "@/server/data/search/item-filters";

export const EXPORT_BATCH_SIZE = 500;

/**
 * Every published example or idea that the catalogue page with these filters counts (the same
 * conditions, item-filters.ts), in batches read by keyset on the id: each batch is one indexed
 * query that starts after the last id of the one before, so memory stays at one batch
 * whatever the size of the catalogue. The page number is ignored: a download holds every page.
 * The read API (/api/v1/pistes) takes one batch, from `startAfter` (its cursor).
 */
export async function* findExportItems(
  kind: ItemKindValue,
  filters: CatalogueFilters,
  batchSize = EXPORT_BATCH_SIZE,
  startAfter: string | null = null,
): AsyncGenerator<ExportItem[]> {
  const { resolved } = await resolveCatalogueFilters(filters);
  const where = itemsWhere(kind, resolved);
  let after: string | null = startAfter;
  for (;;) {
    const next: Prisma.Sql = after === null ? Prisma.empty : Prisma.sql`AND i.id > ${after}`;
    const idRows: { id: string }[] = await db.$queryRaw<{ id: string }[]>`SELECT i.id ${ITEMS_FROM} ${where} ${next} ORDER BY i.id LIMIT ${batchSize}`;
    if (idRows.length === 0) return;
    after = idRows[idRows.length - 1]!.id;
    const rows = await db.item.findMany({
      where: { id: { in: idRows.map((r) => r.id) }, rencontre: { status: "PUBLISHED" } },
      orderBy: { id: "asc" },
      select: {
        id: true,
        kind: true,
        slug: true,
        plainText: true,
        status: true,
        keywords: { orderBy: { position: "asc" }, select: { term: true } },
        themes: { select: { theme: { select: { id: true, slug: true, name: true, position: true } } } },
        table: { select: { id: true, number: true } },
        rencontre: { select: { id: true, slug: true, title: true, city: true, date: true } },
      },
    });
    yield rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      slug: row.slug,
      text: row.plainText,
      keywords: row.keywords.map((k) => k.term),
      themes: row.themes
        .map((t) => t.theme)
        .sort((a, b) => a.position - b.position)
        .map(({ id, slug, name }) => ({ id, slug, name })),
      status: row.status,
      table: row.table,
      rencontre: row.rencontre,
    }));
    if (idRows.length < batchSize) return;
  }
}
