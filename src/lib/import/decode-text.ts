export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

export type DecodedText = { ok: true; text: string } | { ok: false; error: string };

const NOT_TEXT = "Le fichier n'est pas un texte lisible (UTF-8, UTF-16 ou Windows-1252) : attendu un compte rendu en Markdown ou en texte.";

/** The characters above ASCII a French text in Windows-1252 is made of. */
const FRENCH_CP1252 = new Set("àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»‘’“”–—…•€°²ª º·\u00a0");

/**
 * Not valid UTF-8, yet plausibly a French text saved in Windows-1252: no control bytes but
 * tab, line feed, form feed and carriage return, and every byte above ASCII one of the
 * accented letters and punctuation of French (so that a binary is not read as text).
 */
function looksLikeCp1252(bytes: Uint8Array, text: string): boolean {
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false;
  }
  for (const char of text) {
    if (char.charCodeAt(0) >= 0x80 && !FRENCH_CP1252.has(char)) return false;
  }
  return true;
}

/**
 * Decodes an uploaded file as text: UTF-8 (with or without BOM), UTF-16 LE/BE with a BOM,
 * or Windows-1252 when it is not valid UTF-8 but reads as cp1252 text. Says why otherwise.
 */
export function decodeSource(bytes: Uint8Array): DecodedText {
  if (bytes.byteLength === 0) return { ok: false, error: "Le fichier est vide." };
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, error: `Le fichier dépasse ${MAX_SOURCE_BYTES / 1024 / 1024} Mo : ce n'est pas un compte rendu texte.` };
  }
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  if (utf16) {
    try {
      const text = new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2));
      if (text.includes("\u0000")) return { ok: false, error: NOT_TEXT };
      return { ok: true, text };
    } catch {
      return { ok: false, error: NOT_TEXT };
    }
  }
  if (bytes.includes(0)) {
    return { ok: false, error: "Le fichier est binaire (octets nuls) : attendu un compte rendu en Markdown ou en texte." };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    const text = new TextDecoder("windows-1252").decode(bytes);
    return looksLikeCp1252(bytes, text) ? { ok: true, text } : { ok: false, error: NOT_TEXT };
  }
}
