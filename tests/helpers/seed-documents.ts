import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { SEED_FILE } from "../setup/paths";

/** Whether pandoc is installed (the tests that need it skip otherwise). */
export const HAS_PANDOC = (() => {
  try {
    execFileSync("pandoc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

const CACHE = path.join(tmpdir(), "rencontres-seed-documents");

/**
 * The seed compte rendu as a word processor stores it: pandoc writes real heading styles,
 * lists and bold runs. Built once per seed version (cached under the temp dir by mtime).
 */
export function seedDocument(format: "docx" | "odt"): { file: string; bytes: Buffer } {
  mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `paris-2021-${Math.round(statSync(SEED_FILE).mtimeMs)}.${format}`);
  if (!existsSync(file)) {
    const partial = `${file}.${process.pid}.tmp`;
    execFileSync("pandoc", ["-f", "markdown", "-t", format, "-o", partial, SEED_FILE]);
    execFileSync("mv", [partial, file]);
  }
  return { file, bytes: readFileSync(file) };
}

/** The seed Markdown in UTF-16 (LE or BE, with its BOM) or Windows-1252. */
export function seedEncoded(encoding: "utf-16le" | "utf-16be" | "windows-1252"): Buffer {
  const text = readFileSync(SEED_FILE, "utf8");
  if (encoding === "utf-16le") return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  if (encoding === "utf-16be") return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);
  // Node has no cp1252 encoder: Latin-1 for what both share, the 0x80–0x9F punctuation by hand.
  const cp1252: Record<string, number> = {
    "€": 0x80,
    "‚": 0x82,
    "„": 0x84,
    "…": 0x85,
    "‘": 0x91,
    "’": 0x92,
    "“": 0x93,
    "”": 0x94,
    "•": 0x95,
    "–": 0x96,
    "—": 0x97,
    œ: 0x9c,
    Œ: 0x8c,
    Ÿ: 0x9f,
  };
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (cp1252[char] !== undefined) bytes.push(cp1252[char]);
    else if (code < 0x100) bytes.push(code);
    else throw new Error(`Caractère ${char} (U+${code.toString(16)}) absent de Windows-1252`);
  }
  return Buffer.from(bytes);
}

/**
 * The seed as Word's "Plain text" save makes it: headings in upper case, en-dash bullets,
 * CRLF line ends, no bold nor italics, a non-breaking space before each colon, and the
 * contents as "title⇥page" lines.
 */
export function seedAsWordText(markdown = readFileSync(SEED_FILE, "utf8")): string {
  return markdown
    .split("\n")
    .map((line) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line) ?? /^\*\*([^*]+)\*\*\s*$/.exec(line);
      const plain = (text: string) => text.replace(/<\/?b>/g, "").replace(/\*\*|\*/g, "");
      if (heading) return plain(heading[1]!).trim().toLocaleUpperCase("fr-FR");
      const item = /^(\s*)- (.*)$/.exec(line);
      if (item) return `${item[1]}– ${plain(item[2]!)}`;
      return plain(line);
    })
    .map((line) => line.replace(/ :/g, "\u00a0:"))
    .join("\r\n");
}
