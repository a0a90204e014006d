import "server-only";
import type { ItemLinkState } from "@/generated/prisma/client";
import type { Tx } from "@/server/db";

/** Values per IN (…) list, below the 999 bound values of SQLite's driver. */
const CHUNK = 400;

type Decision = { from: string; to: string; score: number; state: ItemLinkState; decidedAt: Date | null; createdAt: Date };
/** A side of a decided pair: a slug when the item is about to be re-created, its id when it stays. */
type Side = { slug: string } | { id: string };

/**
 * Reads the organisers' decisions (confirmed and rejected pairs) that touch items about to be
 * deleted and written again under new ids (a reimport), and returns what writes them back once
 * the new items exist. An item is recognised by its slug, which the new copy takes over from the
 * old one; a decision whose item is gone (or no longer has the same text) is dropped. The
 * proposed pairs are not kept: refreshRecurrence computes them again, and skips the decided ones.
 */
export async function keepLinkDecisions(tx: Tx, items: readonly { id: string; slug: string | null }[]) {
  const slugOf = new Map(items.flatMap((i) => (i.slug ? [[i.id, i.slug] as const] : [])));
  const ids = items.map((i) => i.id);
  const deleted = new Set(ids);
  const kept: (Omit<Decision, "from" | "to"> & { from: Side; to: Side })[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    const links = await tx.itemLink.findMany({
      where: { state: { in: ["CONFIRMED", "REJECTED"] }, OR: [{ fromId: { in: part } }, { toId: { in: part } }] },
      select: { fromId: true, toId: true, score: true, state: true, decidedAt: true, createdAt: true },
    });
    for (const { fromId, toId, ...rest } of links) {
      if (seen.has(`${fromId}|${toId}`)) continue;
      seen.add(`${fromId}|${toId}`);
      // An item without a slug (written before slugs, not backfilled) cannot be found again.
      const side = (id: string): Side | null => (slugOf.has(id) ? { slug: slugOf.get(id)! } : deleted.has(id) ? null : { id });
      const [from, to] = [side(fromId), side(toId)];
      if (from && to) kept.push({ ...rest, from, to });
    }
  }

  /** Writes the kept decisions between the new items (idOfSlug: the new id of each slug); returns how many. */
  return async function restore(tx2: Tx, idOfSlug: ReadonlyMap<string, string>): Promise<number> {
    const resolve = (side: Side) => ("id" in side ? side.id : idOfSlug.get(side.slug));
    const rows = kept.flatMap(({ from, to, ...rest }) => {
      const [a, b] = [resolve(from), resolve(to)];
      if (!a || !b || a === b) return [];
      const [fromId, toId] = a < b ? [a, b] : [b, a];
      return [{ fromId, toId, ...rest }];
    });
    if (rows.length === 0) return 0;
    await tx2.itemLink.createMany({ data: rows });
    // A confirmed pair is also the catalogue's link; the document's own synthesis may have made it already.
    for (const { fromId, toId } of rows.filter((r) => r.state === "CONFIRMED"))
      await tx2.itemRelation.upsert({ where: { fromId_toId: { fromId, toId } }, create: { fromId, toId }, update: {} });
    return rows.length;
  };
}
