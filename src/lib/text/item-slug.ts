import { slugify, stripMarkup } from "./normalize";

/** Longest base of an item's address, in characters: about eight French words. */
export const ITEM_SLUG_MAX = 64;

/**
 * The address an example or idea is given from its text: its first words, cut at a word
 * boundary ("Un **observatoire des bonnes pratiques** répertoriant…" →
 * "un-observatoire-des-bonnes-pratiques-repertoriant-les-actions").
 */
export function itemSlugBase(text: string): string {
  const words = slugify(stripMarkup(text), 400).split("-");
  let base = words[0]!.slice(0, ITEM_SLUG_MAX);
  for (const word of words.slice(1)) {
    if (base.length + 1 + word.length > ITEM_SLUG_MAX) break;
    base += `-${word}`;
  }
  return base;
}

/** `base`, else `base-2`, `base-3`…: the first not in `taken`. */
export function firstFreeSlug(base: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(slug)) return slug;
  }
}
