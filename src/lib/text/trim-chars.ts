/**
 * Trims the characters of `chars` from the end (or start) of `text` by a scan, where
 * `/[…]+$/` would retry from every position of a long run (quadratic on hostile input).
 */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start++;
  return text.slice(start);
}

/** Trims the whitespace (as `\s` means it) and then the characters of `chars`, repeatedly. */
export function trimEndSpacesAnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]!) || /\s/.test(text[end - 1]!))) end--;
  return text.slice(0, end);
}

export function trimStartSpacesAnd(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && (chars.includes(text[start]!) || /\s/.test(text[start]!))) start++;
  return text.slice(start);
}
