import { deflateRawSync } from "node:zlib";
import JSZip from "jszip";

/** Documents built to hurt the importer: used by its tests and by the import-under-load measure. */

/** A .docx of 200,000 short paragraphs: tens of KB compressed, seconds and hundreds of MB for mammoth. */
export async function manyParagraphsDocx(): Promise<Uint8Array> {
  const body = "<w:p><w:r><w:t>a</w:t></w:r></w:p>".repeat(200_000);
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    "word/document.xml",
    `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** A ZIP with one stored-as-deflate entry, its central directory declaring `declared` bytes. */
export function zipOf(name: string, inflated: Buffer, declared: number): Uint8Array {
  const data = deflateRawSync(inflated, { level: 9 });
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const localPart = Buffer.concat([local, nameBytes, data]);
  const centralPart = Buffer.concat([central, nameBytes]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(centralPart.length, 12);
  end.writeUInt32LE(localPart.length, 16);
  return new Uint8Array(Buffer.concat([localPart, centralPart, end]));
}

/** A zip bomb posing as a .docx: 1 MB of zeros whose central directory declares 4 GB. */
export const zipBombDocx = () => zipOf("word/document.xml", Buffer.alloc(1024 * 1024), 4_000_000_000);

/** A .docx whose directory lies: 64 MB inside, 1 MB declared (the inflating counter stops it). */
export const lyingDocx = () => zipOf("word/document.xml", Buffer.alloc(64 * 1024 * 1024), 1024 * 1024);

/** A Markdown line of "#" and 100,000 spaces (cubic in the heading regex the importer used to have). */
export const hashesAndSpaces = `#${" ".repeat(100_000)}x`;

/** A compte rendu of `count` tables of one idea each, past the importer's table limit. */
export function manyTables(count: number): string {
  const tables = Array.from({ length: count }, (_, i) => `## TABLE ${i + 1}\n\nAutour de la table : A (X)\n\n### Pistes\n\n- Une piste`).join("\n\n");
  return `# Grande Rencontre\n\n## Entrepreneurs et travailleurs sociaux, Paris\n\n${tables}\n`;
}
