import { foldText } from "@/lib/text/normalize";
import { queryTerms } from "./search-text";

export type TextSegment = { text: string; isMatch: boolean };

// A word: a run of letters and digits (linear; apostrophes and hyphens end a word, as in the search).
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The text cut into segments, those words that a search term begins marked, with the same
 * folding and stems as the search itself (queryTerms): "equipe" marks "Équipes". Terms are
 * the output of queryTerms; an empty list gives the text as one segment.
 */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (terms.length === 0 || text === "") return text === "" ? [] : [{ text, isMatch: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  const push = (part: string, isMatch: boolean) => {
    const previous = segments.at(-1);
    if (previous && previous.isMatch === isMatch) previous.text += part;
    else segments.push({ text: part, isMatch });
  };
  for (const match of text.matchAll(WORD)) {
    const folded = foldText(match[0]);
    if (!terms.some((term) => folded.startsWith(term))) continue;
    if (match.index > last) push(text.slice(last, match.index), false);
    push(match[0], true);
    last = match.index + match[0].length;
  }
  if (last < text.length) push(text.slice(last), false);
  return segments;
}

/** The terms to highlight for the words typed in the search field. */
export const highlightTerms = (q: string): string[] => queryTerms(q);
