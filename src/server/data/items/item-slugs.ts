import "server-only";
import { firstFreeSlug, itemSlugBase } from "@/lib/text/item-slug";
import type { Tx } from "@/server/db";
import { takeCreationTurn } from "@/server/data/write/creation-turn";

const BASES_PER_QUERY = 100;
/** `base`, `base-2` … `base-20`: looked up by the unique index, exactly, on both databases. */
const CANDIDATES = 20;

const candidatesOf = (base: string) => Array.from({ length: CANDIDATES }, (_, i) => (i === 0 ? base : `${base}-${i + 1}`));

/**
 * The addresses of new examples or ideas, one per text, in the writer's transaction: the
 * text's first words, with -2, -3… when another item (or an earlier text of the batch, or
 * `reserved`) has them. Indexed lookups of each base's first twenty forms; only a base
 * whose twenty forms are all taken is read whole (a prefix scan). Read once the transaction
 * has the turn to create (creation-turn.ts), so that two writers never pick the same one.
 */
export async function allocateItemSlugs(tx: Tx, texts: string[], reserved: Iterable<string> = []): Promise<string[]> {
  if (texts.length > 0) await takeCreationTurn(tx);
  const bases = texts.map(itemSlugBase);
  const distinct = [...new Set(bases)];
  const taken = new Set(reserved);
  for (let start = 0; start < distinct.length; start += BASES_PER_QUERY) {
    const chunk = distinct.slice(start, start + BASES_PER_QUERY);
    const rows = await tx.item.findMany({ where: { slug: { in: chunk.flatMap(candidatesOf) } }, select: { slug: true } });
    for (const row of rows) taken.add(row.slug!);
    const crowded = chunk.filter((base) => candidatesOf(base).every((slug) => taken.has(slug)));
    if (crowded.length === 0) continue;
    const more = await tx.item.findMany({ where: { OR: crowded.map((base) => ({ slug: { startsWith: `${base}-` } })) }, select: { slug: true } });
    for (const row of more) taken.add(row.slug!);
  }
  return bases.map((base) => {
    const slug = firstFreeSlug(base, taken);
    taken.add(slug);
    return slug;
  });
}
