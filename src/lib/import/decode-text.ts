export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Decodes an uploaded file as UTF-8 text, or says why it is not a text document. */
export function decodeSource(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string } {
  if (bytes.byteLength === 0) return { ok: false, error: "Le fichier est vide." };
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, error: `Le fichier dépasse ${MAX_SOURCE_BYTES / 1024 / 1024} Mo : ce n'est pas un compte rendu texte.` };
  }
  if (bytes.includes(0)) {
    return { ok: false, error: "Le fichier est binaire (octets nuls) : attendu un compte rendu en Markdown ou en texte." };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "") };
  } catch {
    return { ok: false, error: "Le fichier n'est pas un texte UTF-8 lisible : attendu un compte rendu en Markdown ou en texte." };
  }
}
