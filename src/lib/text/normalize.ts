import { trimEndChars, trimEndSpacesAnd, trimStartChars, trimStartSpacesAnd } from "./trim-chars";
/**
 * French text normalisation shared by the importer, search and slugs.
 * Everything here is pure and safe to use on the client.
 */

const APOSTROPHES = /[\u2018\u2019\u02BC\u00B4`]/g;
const QUOTES = /[\u201C\u201D\u00AB\u00BB]/g;
const DASHES = /[\u2010-\u2015]/g;

/** Lowercase, without accents, with straight apostrophes and single spaces. */
export function foldText(input: string): string {
  return input
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/œ/gi, "oe")
    .replace(/æ/gi, "ae")
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A URL slug: "Grande Rencontre, Paris 2021" → "grande-rencontre-paris-2021". */
export function slugify(input: string, maxLength = 80): string {
  const slug = foldText(input).replace(/[^a-z0-9]+/g, "-");
  return trimEndChars(trimStartChars(slug, "-").slice(0, maxLength), "-") || "sans-titre";
}

const ARTICLES = new Set(["le", "la", "les", "l", "du", "de", "des", "d"]);

/**
 * The key under which two spellings of one organisation meet:
 * case, accents, punctuation and articles do not count
 * ("Tirelires d'Avenir" = "Tirelires d'avenir", "Fondation du Crédit Coopératif" = "Fondation Crédit Coopératif").
 */
export function organisationKey(name: string): string {
  const words = foldText(name)
    .split(/[^a-z0-9+]+/)
    .filter(Boolean);
  const meaningful = words.filter((w) => !ARTICLES.has(w));
  return (meaningful.length > 0 ? meaningful : words).join(" ");
}

/** The key under which two spellings of one person's name meet. */
export function personKey(fullName: string): string {
  return foldText(fullName)
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .join(" ");
}

/** Removes Markdown-lite markup (**bold**, *italics*, links, escapes) from a line. */
export function stripMarkup(input: string): string {
  return input
    .replace(/\[([^\][]*)\]\([^()[]*\)/g, "$1")
    .replace(/<\/?[a-z][^<>]*>/gi, "")
    .replace(/\\([*_[\]()#\\-])/g, "$1")
    .replace(/\*\*|__/g, "")
    .replace(/(^|[^\w*])\*([^*\s][^*]*?)\*(?!\w)/g, "$1$2")
    .replace(/\s+/g, " ")
    .trim();
}

/** The **bold** terms of a line, in order, without duplicates (compared folded). */
export function extractBold(input: string): string[] {
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const match of input.matchAll(/\*\*(.+?)\*\*/g)) {
    const term = trimEndSpacesAnd(trimStartSpacesAnd(stripMarkup(match[1] ?? ""), ":;,."), ":;,");
    const key = foldText(term);
    if (term && !seen.has(key)) {
      seen.add(key);
      terms.push(term);
    }
  }
  return terms;
}

const STOPWORDS = new Set(
  (
    "a au aux avec ce ces cette dans de des du d en entre et est il ils l la le les leur leurs " +
    "mais ne ni on ou par pas pour qu que qui sa se ses son sont sur ta te tes un une uns vos " +
    "votre nous vous y tout tous toute toutes plus tres comme afin ainsi dont elle elles"
  ).split(" "),
);

/** A crude French stem: enough to make plurals and feminine forms meet. */
export function stem(word: string): string {
  let w = word;
  if (w.length > 4 && /(aux)$/.test(w)) w = w.slice(0, -3) + "al";
  if (w.length > 3 && /[sx]$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && /e$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Content words of a text, folded and stemmed. */
export function contentTokens(input: string): string[] {
  return foldText(stripMarkup(input))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w))
    .map(stem);
}

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

/** Jaccard similarity of two texts' content words, where a stem matches its longer forms. */
export function similarity(a: string, b: string): number {
  const left = [...new Set(contentTokens(a))];
  const right = [...new Set(contentTokens(b))];
  if (left.length === 0 || right.length === 0) return 0;
  const shared = left.filter((t) => right.some((u) => tokensMatch(t, u))).length;
  return shared / (left.length + right.length - shared);
}

/** True when `needle` occurs in `haystack` as whole words, both compared folded. */
export function containsPhrase(haystack: string, needle: string): boolean {
  const n = paddedPhrase(needle);
  return n.length > 2 && paddedPhrase(haystack).includes(n);
}

const PHRASE_MEMO_SIZE = 20_000;
const phraseMemo = new Map<string, string>();

/**
 * A text as containsPhrase compares it: folded, markup gone, one space between words, and a
 * space at each end. A parse compares the same texts thousands of times (every item with every
 * organisation and every synthesis entry), so the forms are kept, up to a bounded number.
 */
export function paddedPhrase(input: string): string {
  let form = phraseMemo.get(input);
  if (form === undefined) {
    form = ` ${foldText(stripMarkup(input))
      .replace(/[^a-z0-9+]+/g, " ")
      .trim()} `;
    if (phraseMemo.size >= PHRASE_MEMO_SIZE) phraseMemo.clear();
    phraseMemo.set(input, form);
  }
  return form;
}
