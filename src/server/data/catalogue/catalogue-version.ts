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

/** Marks the public catalogue as changed, inside the transaction that changes it. */
export async function bumpCatalogueVersion(tx: Tx): Promise<void> {
  await tx.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 1 }, update: { version: { increment: 1 } } });
}
