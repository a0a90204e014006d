import "server-only";
import mammoth from "mammoth";
import { htmlToMarkdown } from "@/lib/import/html-to-markdown";
import { decodeSource, MAX_SOURCE_BYTES } from "@/lib/import/decode-text";

export type SourceText = { ok: true; text: string } | { ok: false; error: string };

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/**
 * The text of an uploaded compte rendu: Markdown or plain text as it is, a Word document
 * (.docx) converted by mammoth to the Markdown the importer reads. Says why when it cannot.
 */
export async function sourceTextOf(file: { name: string; bytes: Uint8Array }): Promise<SourceText> {
  if (file.bytes.byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, error: `Le fichier dépasse ${MAX_SOURCE_BYTES / 1024 / 1024} Mo : ce n'est pas un compte rendu.` };
  }
  if (startsWith(file.bytes, OLE_SIGNATURE)) {
    return { ok: false, error: "Les documents Word 97-2003 (.doc) ne sont pas lus : enregistrez-le au format .docx, puis envoyez-le de nouveau." };
  }
  if (!startsWith(file.bytes, ZIP_SIGNATURE)) return decodeSource(file.bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) })).value;
  } catch {
    return { ok: false, error: `« ${file.name} » n'est pas un document Word (.docx) lisible.` };
  }
  const text = htmlToMarkdown(html);
  if (!text.trim()) return { ok: false, error: `« ${file.name} » ne contient aucun texte.` };
  if (text.length > MAX_SOURCE_BYTES) return { ok: false, error: "Le document converti est trop long pour un compte rendu." };
  return { ok: true, text };
}
