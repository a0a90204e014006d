/**
 * French typography at render time, for text stored as it was typed (comptes rendus, names,
 * titles): a narrow no-break space (U+202F) before ; ? ! and inside « », a no-break space
 * (U+00A0) before :, and the curly apostrophe ’. The stored text, the search, the exports and
 * the API keep the original; only what a page shows goes through here.
 *
 * One pass over the text, word by word (a word is a run without whitespace), so it runs in
 * linear time whatever the input. Words that are addresses (URLs, e-mails) are left as they
 * are; a colon or a question mark inside a word (10:30, ?q=, a:b) is not punctuation and is
 * left too; ** markers are ordinary characters here, so Markdown-lite parses the result as before.
 */

const NARROW = "\u202f";
const NBSP = "\u00a0";
/** Spaces a line can hold between a word and its punctuation (a line break is never joined). */
const HORIZONTAL = new Set([" ", "\t", NBSP, NARROW, "\u2009"]);
const HIGH_PUNCTUATION = new Set([";", "?", "!"]);
/** What may follow a punctuation mark inside the same word: closing marks, markers (**, </b>), more punctuation. */
const CLOSERS = new Set(["*", ")", "]", "<", "»", '"', "'", "’", ".", ",", ";", ":", "?", "!", "…"]);
/** Characters a word ends with before its punctuation needs no space: another mark ("?!", "…?"), an opening bracket. */
const NO_SPACE_AFTER = new Set(["?", "!", ";", ":", "(", "[", "«", NBSP, NARROW, "…", "/"]);

function isSpace(char: string): boolean {
  return char === " " || char === "\t" || char === "\n" || char === "\r" || char === "\f" || char === "\v" || HORIZONTAL.has(char);
}

/** An address, an e-mail or a path: typography never touches it. */
function isAddress(word: string): boolean {
  return word.includes("://") || word.includes("@") || word.startsWith("www.") || word.startsWith("mailto:") || word.startsWith("/");
}

/** The space a punctuation mark takes before it, or "" when it takes none. */
function spaceBefore(char: string): string {
  if (HIGH_PUNCTUATION.has(char) || char === "»") return NARROW;
  if (char === ":") return NBSP;
  return "";
}

/** One word's inner typography: apostrophes, and the spaces a glued mark lacks ("Pourquoi?", "«stage»"). */
function typesetWord(word: string): string {
  if (isAddress(word)) return word;
  let out = "";
  // The index from which the rest of the word holds only closers: computed once, from the end.
  let closersFrom = word.length;
  while (closersFrom > 0 && CLOSERS.has(word[closersFrom - 1]!)) closersFrom -= 1;
  for (let i = 0; i < word.length; i += 1) {
    const char = word[i]!;
    const previous = i > 0 ? word[i - 1]! : "";
    if (char === "'") {
      out += "’";
      continue;
    }
    const space = spaceBefore(char);
    // A mark is punctuation when only closers follow it in its word ("Pourquoi?", "TS?**"), not in "10:30" or "?q=".
    if (space && previous && !NO_SPACE_AFTER.has(previous) && (char === "»" || i + 1 >= closersFrom)) {
      out += space + char;
      continue;
    }
    out += char;
    if (char === "«" && i + 1 < word.length && word[i + 1] !== NARROW && word[i + 1] !== NBSP) out += NARROW;
  }
  return out;
}

/** French typography for display (see the file comment). Idempotent; never changes whitespace that holds a line break. */
export function frenchTypography(text: string): string {
  if (!/[':;?!«»]/.test(text)) return text;
  let out = "";
  let previousWord = "";
  let i = 0;
  while (i < text.length) {
    const start = i;
    if (isSpace(text[i]!)) {
      let hasBreak = false;
      while (i < text.length && isSpace(text[i]!)) {
        if (!HORIZONTAL.has(text[i]!)) hasBreak = true;
        i += 1;
      }
      const run = text.slice(start, i);
      const next = text[i] ?? "";
      const nextSecond = text[i + 1] ?? "";
      const nextIsMark = spaceBefore(next) !== "" && (next === "»" || nextSecond === "" || isSpace(nextSecond) || CLOSERS.has(nextSecond));
      if (hasBreak || !previousWord) out += run;
      else if (nextIsMark) out += spaceBefore(next);
      else if (previousWord.endsWith("«")) out += NARROW;
      else out += run;
      continue;
    }
    while (i < text.length && !isSpace(text[i]!)) i += 1;
    previousWord = text.slice(start, i);
    out += typesetWord(previousWord);
  }
  return out;
}
