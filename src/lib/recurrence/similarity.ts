/**
 * TF-IDF cosine between items, and the search of an item's nearest items through an inverted
 * index (term → items), so that a new rencontre is compared with the items sharing its rarer
 * terms, never with every item of the catalogue.
 */

export type TermWeights = ReadonlyMap<string, number>;

/** Smoothed inverse document frequency: a term in every item still weighs a little. */
export function idf(documentFrequency: number, itemCount: number): number {
  return Math.log(1 + itemCount / Math.max(1, documentFrequency));
}

function norm(terms: TermWeights, idfOf: (term: string) => number): number {
  let sum = 0;
  for (const [term, weight] of terms) sum += (weight * idfOf(term)) ** 2;
  return Math.sqrt(sum);
}

/** Cosine of two items' TF-IDF vectors, from 0 (no term shared) to 1 (same terms, same weights). */
export function cosine(a: TermWeights, b: TermWeights, idfOf: (term: string) => number): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other * idfOf(term) ** 2;
  }
  if (dot === 0) return 0;
  return dot / (norm(a, idfOf) * norm(b, idfOf));
}

/**
 * The terms of an item through which its candidates are looked up: its `limit` rarest terms
 * (highest idf). Two texts that say the same thing share at least one of them; the common
 * words ("rencontre", "social") would bring thousands of candidates and weigh little.
 */
export function probeTerms(terms: TermWeights, documentFrequency: (term: string) => number, limit = 4): string[] {
  return [...terms.keys()]
    .map((term) => ({ term, df: documentFrequency(term), weight: terms.get(term)! }))
    .sort((x, y) => x.df - y.df || y.weight - x.weight || (x.term < y.term ? -1 : 1))
    .slice(0, limit)
    .map((t) => t.term);
}

export type Posting = { itemId: string; term: string; weight: number };

/**
 * The `limit` items that share the most weight with `query` through the postings of its probe
 * terms (partial dot products), best first: the short list whose exact cosine is then computed.
 */
export function shortList(
  query: TermWeights,
  postings: readonly Posting[],
  idfOf: (term: string) => number,
  exclude: (itemId: string) => boolean,
  limit = 12,
): string[] {
  const partial = new Map<string, number>();
  for (const p of postings) {
    const weight = query.get(p.term);
    if (weight === undefined || exclude(p.itemId)) continue;
    partial.set(p.itemId, (partial.get(p.itemId) ?? 0) + weight * p.weight * idfOf(p.term) ** 2);
  }
  return [...partial]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
