import "server-only";
import { firstFreeSlug, itemSlugBase } from "@/lib/text/item-slug";
import type { Tx } from "@/server/db";

const BASES_PER_QUERY = 100;

/**
 * The addresses of new examples or ideas, one per text, in the writer's transaction: the
 * text's first words, with -2, -3… when another item (or an earlier text of the batch, or
 * `reserved`) has them. One query per hundred distinct bases.
 */
export async function allocateItemSlugs(tx: Tx, texts: string[], reserved: Iterable<string> = []): Promise<string[]> {
  const bases = texts.map(itemSlugBase);
  const distinct = [...new Set(bases)];
  const taken = new Set(reserved);
  for (let start = 0; start < distinct.length; start += BASES_PER_QUERY) {
    const chunk = distinct.slice(start, start + BASES_PER_QUERY);
    const rows = await tx.item.findMany({ where: { OR: chunk.map((base) => ({ slug: { startsWith: base } })) }, select: { slug: true } });
    for (const row of rows) if (row.slug) taken.add(row.slug);
  }
  return bases.map((base) => {
    const slug = firstFreeSlug(base, taken);
    taken.add(slug);
    return slug;
  });
}
