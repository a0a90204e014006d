import { trimEndChars } from "@/lib/text/trim-chars";
import { isLabelLine, isUpperCaseLine, LIST_ITEM, sectionLabel, unitHeading } from "./conventions";
/**
 * First pass of the compte-rendu importer: lines → blocks.
 * Real documents mix heading levels, write headings as **bold** lines, split lists
 * with blank lines and wrap list items with hard breaks; this pass absorbs all that.
 */

export type Block =
  | { type: "heading"; text: string; level: number; line: number }
  | { type: "item"; text: string; depth: number; line: number }
  | { type: "paragraph"; text: string; line: number };

// Matched on trimmed lines, so that no quantified space meets another one (linear time).
const BOLD_LINE = /^\*\*([^*]+)\*\*\s*:?$/;

/** "TABLE 1⇥9", "Introduction ....... 3": a page number after a tab or dot leaders. */
function isTocEntry(rawLine: string): boolean {
  const line = rawLine.trimEnd();
  let digits = 0;
  while (digits < 5 && /\d/.test(line[line.length - 1 - digits] ?? "")) digits++;
  if (digits === 0 || digits > 4) return false;
  const before = trimEndChars(line.slice(0, line.length - digits), " ");
  return before.endsWith("\t") || before.endsWith("...") || before.endsWith("…");
}

/** "## Title ##" → level 2 and "Title": a scan, since `/^#+\s+(.*?)\s*#*\s*$/` is cubic on `#` + spaces. */
function atxHeading(trimmed: string): { level: number; text: string } | null {
  let level = 0;
  while (level < trimmed.length && trimmed[level] === "#") level++;
  if (level === 0 || level > 6 || !/\s/.test(trimmed[level] ?? "")) return null;
  const text = trimEndChars(trimmed.slice(level).trimEnd(), "#").trim();
  return { level, text };
}

/**
 * "Objectifs : se connaître ; devenir complémentaires" → the label and its items (separated by
 * semicolons, or one item). Participants lines stay paragraphs: they have their own reading.
 */
function inlineSection(trimmed: string): { label: string; items: string[] } | null {
  const colon = trimmed.indexOf(":");
  if (colon < 3 || colon > 80) return null;
  const label = trimmed.slice(0, colon + 1);
  const rest = trimmed.slice(colon + 1).trim();
  if (!rest || !isLabelLine(label) || sectionLabel(label) === "participants" || unitHeading(label)) return null;
  return {
    label: trimEndChars(label, ":").trim(),
    items: rest
      .split(";")
      .map((item) => item.trim())
      .filter(Boolean),
  };
}

/** Removes HTML tags and dead links ("[vidéo](#)") but keeps Markdown emphasis. */
export function cleanInline(text: string): string {
  return text
    .replace(/<\/?[a-z][^<>]*>/gi, "")
    .replace(/\[([^\][]*)\]\((?:#[^()[]*)?\)/g, "$1")
    .replace(/\\([*_[\]()#\\.-])/g, "$1")
    .replace(/[ \t]+/g, " ")
    .trim();
}

function headingText(raw: string): string {
  // "#### **Pistes de future collaboration :**" → "Pistes de future collaboration :"
  return cleanInline(raw)
    .replace(/^\*\*(.*)\*\*$/, "$1")
    .replace(/\*\*/g, "")
    .trim();
}

export function toBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  // The block that a following non-blank line continues, if any.
  let open: Extract<Block, { type: "item" | "paragraph" }> | null = null;

  lines.forEach((rawLine, index) => {
    const line = rawLine.replace(/\t/g, "    ");
    const lineNo = index + 1;
    if (line.trim() === "") {
      open = null;
      return;
    }
    const trimmed = line.trim();
    const atx = atxHeading(trimmed);
    const bold = atx ? null : BOLD_LINE.exec(trimmed);
    if (atx || bold) {
      const text = headingText(atx ? atx.text : trimmed);
      if (text) blocks.push({ type: "heading", text, level: atx ? atx.level : 7, line: lineNo });
      open = null;
      return;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const depth = Math.floor(item[1]!.length / 2);
      const block: Block = { type: "item", text: cleanInline(item[2] ?? ""), depth, line: lineNo };
      blocks.push(block);
      open = block;
      return;
    }
    // A word processor's plain text: headings are upper-case lines or lines that say what they are;
    // a line of the contents ("TABLE 1⇥9", "Introduction ....... 3") is not one.
    if (!isTocEntry(rawLine) && (isUpperCaseLine(trimmed) || isLabelLine(trimmed))) {
      const text = headingText(trimmed);
      if (text) blocks.push({ type: "heading", text, level: 8, line: lineNo });
      open = null;
      return;
    }
    if (open) {
      // A hard-wrapped continuation ("Lieux et espaces de rencontre :  \nDes …").
      open.text = `${open.text}\n${cleanInline(line)}`;
      return;
    }
    // "Pistes : A ; B": a section label and its items on one line.
    const inline = inlineSection(trimmed);
    if (inline) {
      blocks.push({ type: "heading", text: inline.label, level: 8, line: lineNo });
      for (const item of inline.items) blocks.push({ type: "item", text: cleanInline(item), depth: 0, line: lineNo });
      open = null;
      return;
    }
    const paragraph: Block = { type: "paragraph", text: cleanInline(line), line: lineNo };
    blocks.push(paragraph);
    open = paragraph;
  });
  return blocks.filter((b) => b.type === "heading" || b.text.replace(/[-\s]/g, "") !== "");
}

/** Blocks back to Markdown-lite, for the long texts of a rencontre. */
export function blocksToMarkdown(blocks: Block[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.type === "heading") out.push(`### ${block.text}`);
    else if (block.type === "item") out.push(`${"  ".repeat(block.depth)}- ${block.text.replace(/\n/g, " ")}`);
    else out.push(block.text.replace(/\n/g, " "));
  }
  // Consecutive list items stay one list; everything else is its own paragraph.
  return out
    .map((line, i) => {
      const prev = out[i - 1];
      const isItem = /^\s*- /.test(line);
      const prevIsItem = prev !== undefined && /^\s*- /.test(prev);
      return i === 0 ? line : isItem && prevIsItem ? `\n${line}` : `\n\n${line}`;
    })
    .join("");
}
