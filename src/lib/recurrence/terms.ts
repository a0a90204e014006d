import { newStemmer } from "snowball-stemmers";
import { foldText, stripMarkup } from "@/lib/text/normalize";

/**
 * The terms under which two items that say the same thing meet: words of the text, without
 * French function words, reduced to their Snowball stem (collaborations, collaborer →
 * collabor) and folded (accents gone), each with its weight in the item. A bold keyword of the
 * compte rendu is what the rapporteur found essential: its words weigh KEYWORD_BOOST times more.
 */

export const KEYWORD_BOOST = 2;

const french = newStemmer("french");

// Folded forms. Short words (two letters or fewer) are dropped before this list is read.
const STOPWORDS = new Set(
  (
    "aux avec ces cet cette dans des elle elles entre est etre ils leur leurs les mais meme nos notre nous par pas " +
    "pour que qui quoi sans ses son sont sur tes ton tous tout toute toutes une uns vos votre vous afin ainsi " +
    "dont comme plus tres aussi autour chez lors via deja faire fait font peut peuvent etc ceux celle celles"
  ).split(" "),
);

// Letters and digits in any script; anything else separates words (a linear scan).
const WORD = /[\p{L}\p{N}]+/gu;

const stemMemo = new Map<string, string>();

/** The folded Snowball stem of one lowercase word, or null for a function word. */
export function termOf(word: string): string | null {
  const lower = word.toLowerCase();
  const folded = foldText(lower);
  if (folded.length <= 2 || STOPWORDS.has(folded)) return null;
  let term = stemMemo.get(lower);
  if (term === undefined) {
    term = foldText(french.stem(lower));
    if (stemMemo.size > 50_000) stemMemo.clear();
    stemMemo.set(lower, term);
  }
  return term.length >= 2 ? term : null;
}

/** Words of a text; an apostrophe separates words, so the elided l', d', qu' fall as short words. */
function words(text: string): string[] {
  return stripMarkup(text.replace(/['’]/g, " ")).match(WORD) ?? [];
}

/** A text's terms with their weights: 1 + ln(occurrences), times KEYWORD_BOOST for a keyword's words. */
export function itemTerms(text: string, keywords: readonly string[] = []): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of words(text)) {
    const term = termOf(word);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  const boosted = new Set<string>();
  for (const keyword of keywords)
    for (const word of words(keyword)) {
      const term = termOf(word);
      if (term) boosted.add(term);
    }
  const weights = new Map<string, number>();
  for (const [term, count] of counts) weights.set(term, (1 + Math.log(count)) * (boosted.has(term) ? KEYWORD_BOOST : 1));
  // A keyword whose words are not in the text (rare: edited apart) still describes the item.
  for (const term of boosted) if (!weights.has(term)) weights.set(term, KEYWORD_BOOST);
  return weights;
}
