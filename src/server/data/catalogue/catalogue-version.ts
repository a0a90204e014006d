import "server-only";
import { db, type Tx } from "@/server/db";

/** The current version of the public catalogue (0 before any write). */
export async function getCatalogueVersion(): Promise<number> {
  const state = await db.catalogueState.findUnique({ where: { id: 1 }, select: { version: true } });
  return state?.version ?? 0;
}

/** The version with the time it was reached (the epoch before any write). */
export async function getCatalogueState(): Promise<{ version: number; updatedAt: Date }> {
  const state = await db.catalogueState.findUnique({ where: { id: 1 }, select: { version: true, updatedAt: true } });
  return state ?? { version: 0, updatedAt: new Date(0) };
}

/** The version of the last write that may have changed what the facet index is built from (0 before any). */
export async function getFacetsVersion(): Promise<number> {
  const state = await db.catalogueState.findUnique({ where: { id: 1 }, select: { facetsVersion: true } });
  return state?.facetsVersion ?? 0;
}

/**
 * Marks the public catalogue as changed, inside the transaction that changes it. `facets`
 * false: the write changed nothing the facet index is built from (a table's title or texts),
 * so every instance may keep its index for the new version (src/server/data/search/facet-index.ts).
 */
export async function bumpCatalogueVersion(tx: Tx, { facets = true }: { facets?: boolean } = {}): Promise<void> {
  const { version } = await tx.catalogueState.upsert({
    where: { id: 1 },
    create: { id: 1, version: 1, facetsVersion: 1 },
    update: { version: { increment: 1 } },
    select: { version: true },
  });
  if (facets) await tx.catalogueState.update({ where: { id: 1 }, data: { facetsVersion: version } });
}
