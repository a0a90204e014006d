import "server-only";
import mammoth from "mammoth";
import { htmlToMarkdown } from "@/lib/import/html-to-markdown";
import { decodeSource, MAX_SOURCE_BYTES } from "@/lib/import/decode-text";
import { odtToMarkdown } from "@/server/import/formats/odt-to-markdown";
import { pdfToMarkdown } from "@/server/import/formats/pdf-to-markdown";
import { unzipLimited, ZipTooLargeError } from "@/server/import/formats/unzip-limited";
import { checkZip, ZIP_TOO_LARGE } from "@/server/import/zip-guard";

export type SourceText = { ok: true; text: string } | { ok: false; error: string };
export type SourceFile = { name: string; bytes: Uint8Array };
export type SourceFormat = "text" | "docx" | "odt" | "pdf";
export type Converter = (file: SourceFile) => Promise<SourceText>;

const SAVE_AS = "enregistrez-le au format .docx, .odt ou PDF, ou collez son texte dans le champ « Texte du compte rendu »";

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

/** The format of an upload from its first bytes (and its name for what cannot be read), or why it is refused. */
export function detectFormat(file: SourceFile): { ok: true; format: SourceFormat } | { ok: false; error: string } {
  const { bytes } = file;
  const name = file.name.toLowerCase();
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return { ok: false, error: `Les documents Word 97-2003 (.doc) ne sont pas lus : ${SAVE_AS}.` };
  }
  if (ascii(bytes, 0, 5) === "%PDF-") return { ok: true, format: "pdf" };
  if (ascii(bytes, 0, 5) === "{\\rtf") return { ok: false, error: `Les documents RTF ne sont pas lus : ${SAVE_AS}.` };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // An OpenDocument file starts with its uncompressed "mimetype" entry.
    if (ascii(bytes, 30, 38) === "mimetype") {
      const mime = ascii(bytes, 38, 38 + 60);
      if (mime.startsWith("application/vnd.oasis.opendocument.text")) return { ok: true, format: "odt" };
      return { ok: false, error: `Ce document OpenDocument n'est pas un texte (tableur, présentation…) : ${SAVE_AS}.` };
    }
    if (name.endsWith(".pages")) return { ok: false, error: `Les documents Pages ne sont pas lus : ${SAVE_AS}.` };
    return { ok: true, format: "docx" };
  }
  const images: [number[], string][] = [
    [[0x89, 0x50, 0x4e, 0x47], "PNG"],
    [[0xff, 0xd8, 0xff], "JPEG"],
    [[0x47, 0x49, 0x46, 0x38], "GIF"],
  ];
  for (const [signature, kind] of images) {
    if (startsWith(bytes, signature)) {
      return { ok: false, error: `Le fichier est binaire (image ${kind}) : le texte d'une image n'est pas lu ; ${SAVE_AS}.` };
    }
  }
  return { ok: true, format: "text" };
}

function checked(text: string, name: string): SourceText {
  if (!text.trim()) return { ok: false, error: `« ${name} » ne contient aucun texte.` };
  if (text.length > MAX_SOURCE_BYTES) return { ok: false, error: "Le document converti est trop long pour un compte rendu." };
  return { ok: true, text };
}

/** More paragraphs than any compte rendu has (the Paris one has about 400): refused before a converter spends seconds and hundreds of MB on them. */
export const MAX_PARAGRAPHS = 50_000;

/** The refusal when the XML holds more than MAX_PARAGRAPHS paragraph openings (`tags`), counted by a linear scan. */
function tooManyParagraphs(xml: Uint8Array, tags: string[]): string | null {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString("latin1");
  let count = 0;
  for (const tag of tags) {
    for (let at = text.indexOf(tag); at >= 0 && count <= MAX_PARAGRAPHS; at = text.indexOf(tag, at + tag.length)) count++;
  }
  return count > MAX_PARAGRAPHS
    ? `Le document compte plus de ${MAX_PARAGRAPHS.toLocaleString("fr-FR")} paragraphes, bien au-delà d'un compte rendu : coupez-le en plusieurs documents ou collez son texte.`
    : null;
}

export const docxToText: Converter = async (file) => {
  const unreadable = { ok: false, error: `« ${file.name} » n'est pas un document Word (.docx) lisible.` } as const;
  const zip = checkZip(file.bytes, "word/document.xml");
  if (!zip.ok) return zip.damaged ? unreadable : { ok: false, error: zip.error };
  if (!zip.entries.includes("word/document.xml")) return unreadable;
  let documentXml: Uint8Array | undefined;
  try {
    // The declared sizes may lie: inflate once with a byte counter before mammoth (jszip) does.
    documentXml = unzipLimited(file.bytes, new Set(["word/document.xml"])).get("word/document.xml");
  } catch (error) {
    if (error instanceof ZipTooLargeError) return { ok: false, error: ZIP_TOO_LARGE };
    return unreadable;
  }
  if (!documentXml) return unreadable;
  const tooMany = tooManyParagraphs(documentXml, ["<w:p>", "<w:p "]);
  if (tooMany) return { ok: false, error: tooMany };
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(file.bytes) })).value;
  } catch {
    return unreadable;
  }
  return checked(htmlToMarkdown(html), file.name);
};

export const odtToText: Converter = async (file) => {
  const unreadable = { ok: false, error: `« ${file.name} » n'est pas un document OpenDocument (.odt) lisible.` } as const;
  const zip = checkZip(file.bytes, "content.xml");
  if (!zip.ok) return zip.damaged ? unreadable : { ok: false, error: zip.error };
  let entries: Map<string, Uint8Array>;
  try {
    entries = unzipLimited(file.bytes, new Set(["content.xml", "styles.xml"]));
  } catch (error) {
    if (error instanceof ZipTooLargeError) return { ok: false, error: ZIP_TOO_LARGE };
    return unreadable;
  }
  const content = entries.get("content.xml");
  if (!content) return unreadable;
  const styles = entries.get("styles.xml");
  const tooMany = tooManyParagraphs(content, ["<text:p>", "<text:p ", "<text:h>", "<text:h "]);
  if (tooMany) return { ok: false, error: tooMany };
  try {
    const decoder = new TextDecoder("utf-8", { fatal: true });
    return checked(odtToMarkdown(decoder.decode(content), styles ? decoder.decode(styles) : null), file.name);
  } catch {
    return unreadable;
  }
};

/** A PDF through pdf.js: headings by font size, bold runs, running headers and page numbers dropped. */
export const pdfToText: Converter = async (file) => {
  try {
    return checked(await pdfToMarkdown(file.bytes), file.name);
  } catch (error) {
    // pdfToMarkdown's errors are written for the organiser (protected, scanned, too long).
    return { ok: false, error: error instanceof Error ? error.message : `« ${file.name} » n'est pas un PDF lisible.` };
  }
};

export const defaultConverters: Record<SourceFormat, Converter> = {
  text: async (file) => decodeSource(file.bytes),
  docx: docxToText,
  odt: odtToText,
  pdf: pdfToText,
};

/**
 * The one decoding entry point of an uploaded compte rendu (import page and command line):
 * bytes and file name to the Markdown the importer reads, or a French reason why not.
 */
export async function sourceTextOf(file: SourceFile, converters: Record<SourceFormat, Converter> = defaultConverters): Promise<SourceText> {
  if (file.bytes.byteLength === 0) return { ok: false, error: "Le fichier est vide." };
  if (file.bytes.byteLength > MAX_SOURCE_BYTES) {
    return { ok: false, error: `Le fichier dépasse ${MAX_SOURCE_BYTES / 1024 / 1024} Mo : ce n'est pas un compte rendu.` };
  }
  const detected = detectFormat(file);
  if (!detected.ok) return detected;
  return converters[detected.format](file);
}
