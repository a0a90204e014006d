/** Between the pieces of an item's search text (search-text.ts): its text comes first. */
const PIECE_SEPARATOR = " · ";

/**
 * How many of the query's terms begin a word of the item's own text, the first piece of its
 * search text (the others are its keywords and organisations). A text holding " · " itself is
 * read up to there only: its later words then count as found elsewhere.
 */
export function ownTextScore(searchText: string, terms: readonly string[]): number {
  const end = searchText.indexOf(PIECE_SEPARATOR);
  const words = (end < 0 ? searchText : searchText.slice(0, end)).split(/[^a-z0-9]+/);
  let score = 0;
  for (const term of terms) if (words.some((w) => w.startsWith(term))) score += 1;
  return score;
}
