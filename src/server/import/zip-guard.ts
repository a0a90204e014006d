import "server-only";

export const ZIP_LIMITS = { mainEntryBytes: 20 * 1024 * 1024, totalBytes: 50 * 1024 * 1024, entries: 2000 };

/** `damaged`: not a readable archive (the caller names the format); otherwise too large. */
export type ZipCheck = { ok: true; entries: string[] } | { ok: false; error: string; damaged: boolean };

export const ZIP_TOO_LARGE = "Le document est trop lourd à lire : son contenu décompressé dépasse les limites d'un compte rendu.";

/**
 * Reads a ZIP's central directory, without inflating anything, and refuses an archive whose
 * declared sizes exceed the limits (a zip bomb) before mammoth or any unzipper touches it.
 */
export function checkZip(bytes: Uint8Array, mainEntry: string): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50, within the last 22 + 65,535 bytes.
  let eocd = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, error: "L'archive est abîmée (répertoire introuvable).", damaged: true };
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) return { ok: false, error: ZIP_TOO_LARGE, damaged: false }; // ZIP64: never a compte rendu
  if (count > ZIP_LIMITS.entries)
    return { ok: false, error: `Le document est trop lourd à lire : ${count} fichiers dans l'archive.`, damaged: false };
  if (dirOffset + dirSize > bytes.byteLength) return { ok: false, error: "L'archive est abîmée (répertoire hors du fichier).", damaged: true };
  const names: string[] = [];
  let total = 0;
  let at = dirOffset;
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== 0x02014b50) {
      return { ok: false, error: "L'archive est abîmée (entrée illisible).", damaged: true };
    }
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (size === 0xffffffff) return { ok: false, error: ZIP_TOO_LARGE, damaged: false };
    if (name === mainEntry && size > ZIP_LIMITS.mainEntryBytes) return { ok: false, error: ZIP_TOO_LARGE, damaged: false };
    total += size;
    if (total > ZIP_LIMITS.totalBytes) return { ok: false, error: ZIP_TOO_LARGE, damaged: false };
    names.push(name);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries: names };
}
