import "server-only";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export type PdfLimits = { maxPages?: number; maxChars?: number };

type Run = { text: string; x: number; y: number; size: number; bold: boolean; width: number };
type Line = { runs: Run[]; y: number; size: number; page: number; text: string };

const BOLD_FONT = /bold|semibold|black|heavy/i;
const BULLET = /^(?:[•▪◦●■–—-]|\d{1,3}[.)])\s+/u;
const BARE_BULLET = /^[•▪◦●■–—]$/u;
const PAGE_NUMBER = /^(?:page\s*)?\d{1,4}(?:\s*(?:\/|sur|of)\s*\d{1,4})?$/i;

/**
 * The text of a PDF as the Markdown the compte rendu parser reads: larger lines become
 * headings, bold runs **bold**, bullets `- ` items; running headers, footers and page numbers
 * are dropped and words hyphenated at a line end are joined back. Limits are checked per page.
 */
export async function pdfToMarkdown(bytes: Uint8Array, limits: PdfLimits = {}): Promise<string> {
  const maxPages = limits.maxPages ?? 300;
  const maxChars = limits.maxChars ?? 2 * 1024 * 1024;
  let doc;
  try {
    doc = await getDocument({ data: new Uint8Array(bytes), useWorkerFetch: false, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      throw new Error("Ce PDF est protégé par un mot de passe : enregistrez-le sans protection, puis envoyez-le de nouveau.");
    throw new Error("Ce fichier n'est pas un PDF lisible.");
  }
  try {
    if (doc.numPages > maxPages) throw new Error(`Ce PDF compte ${doc.numPages} pages, au-delà des ${maxPages} pages lues pour un compte rendu.`);
    const lines: Line[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      await page.getOperatorList(); // loads the fonts into commonObjs, whose real names tell bold apart
      const boldFonts = new Set<string>();
      for (const [fontName, style] of Object.entries(content.styles)) {
        let realName = style.fontFamily;
        try {
          realName += ` ${(page.commonObjs.get(fontName) as { name?: string } | null)?.name ?? ""}`;
        } catch {
          // font not loaded: the family alone decides
        }
        if (BOLD_FONT.test(realName)) boldFonts.add(fontName);
      }
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!("str" in item) || !item.str) continue;
        chars += item.str.length;
        const size = Math.hypot(item.transform[2]!, item.transform[3]!);
        runs.push({ text: item.str, x: item.transform[4]!, y: item.transform[5]!, size, bold: boldFonts.has(item.fontName), width: item.width });
      }
      if (chars > maxChars)
        throw new Error(`Le texte de ce PDF dépasse ${maxChars.toLocaleString("fr-FR")} caractères : ce n'est pas un compte rendu.`);
      lines.push(...groupLines(runs, p));
      page.cleanup();
    }
    if (!lines.some((l) => l.text.trim()))
      throw new Error(
        "Ce PDF ne contient pas de texte (document numérisé ?) : enregistrez-le en Word ou en texte, ou passez-le par une reconnaissance de caractères.",
      );
    return render(dropRunningLines(lines, doc.numPages));
  } finally {
    await doc.destroy();
  }
}

function groupLines(runs: Run[], page: number): Line[] {
  const sorted = runs.filter((r) => r.text.trim() || r.width > 0).sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const run of sorted) {
    const last = lines.at(-1);
    if (last && Math.abs(last.y - run.y) < Math.max(2, run.size * 0.4)) last.runs.push(run);
    else lines.push({ runs: [run], y: run.y, size: 0, page, text: "" });
  }
  for (const line of lines) {
    line.runs.sort((a, b) => a.x - b.x);
    line.size = Math.max(...line.runs.filter((r) => r.text.trim()).map((r) => r.size), 0);
    line.text = line.runs
      .map((r) => r.text)
      .join("")
      .replace(/\s+/g, " ")
      .trim();
  }
  return lines.filter((l) => l.text);
}

/** Lines at the same height on most pages, and bare page numbers at a page's top or bottom. */
function dropRunningLines(lines: Line[], pages: number): Line[] {
  const key = (l: Line) => `${Math.round(l.y)}|${l.text.replace(/\d+/g, "#")}`;
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  const byPage = new Map<number, Line[]>();
  for (const l of lines) byPage.set(l.page, [...(byPage.get(l.page) ?? []), l]);
  return lines.filter((l) => {
    const own = byPage.get(l.page)!;
    const index = own.indexOf(l);
    // Running lines live in the page's top or bottom band: the first or last two lines.
    const isInBand = index < 2 || index >= own.length - 2;
    if (!isInBand) return true;
    if (pages >= 3 && (counts.get(key(l)) ?? 0) >= Math.max(2, pages * 0.5)) return false;
    return !PAGE_NUMBER.test(l.text);
  });
}

function mostCommonSize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function lineMarkdown(line: Line): string {
  let out = "";
  for (const run of line.runs) {
    const t = run.text;
    if (run.bold && t.trim()) {
      const lead = t.slice(0, t.length - t.trimStart().length);
      const trail = t.slice(t.trimEnd().length);
      out += `${lead}**${t.trim()}**${trail}`;
    } else out += t;
  }
  return out
    .replace(/\*\*(\s*)\*\*/g, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

function render(lines: Line[]): string {
  const body = mostCommonSize(lines);
  const headingSizes = [...new Set(lines.filter((l) => l.size > body * 1.1).map((l) => Math.round(l.size)))].sort((a, b) => b - a);
  const blocks: string[] = [];
  let paragraph = "";
  let prev: Line | undefined;
  let hasPendingBullet = false;
  const flush = () => {
    if (paragraph) blocks.push(paragraph);
    paragraph = "";
  };
  for (const line of lines) {
    const rank = headingSizes.indexOf(Math.round(line.size));
    if (rank >= 0 && line.size > body * 1.1) {
      flush();
      const level = Math.min(rank + 1, 3);
      const text = line.text;
      const last = blocks.at(-1);
      if (prev && rank >= 0 && last?.startsWith(`${"#".repeat(level)} `) && prev.page === line.page && prev.y - line.y < line.size * 1.6)
        blocks[blocks.length - 1] = `${last} ${text}`;
      else blocks.push(`${"#".repeat(level)} ${text}`);
      prev = line;
      continue;
    }
    // A loose list item's marker sits on its own line, before the item's paragraph.
    if (BARE_BULLET.test(line.text)) {
      flush();
      hasPendingBullet = true;
      prev = line;
      continue;
    }
    const md = lineMarkdown(line);
    const gap = prev && prev.page === line.page ? prev.y - line.y : 0;
    const isAllBold = line.runs.every((r) => r.bold || !r.text.trim());
    const isNewParagraph =
      (isAllBold && !paragraph.startsWith("- ")) || (!prev || prev.page !== line.page ? !paragraph : gap > Math.max(line.size, prev.size) * 1.6);
    if (BULLET.test(line.text) || hasPendingBullet) {
      flush();
      paragraph = `- ${md.replace(/^(\*\*)?(?:[•▪◦●■–—-]|\d{1,3}[.)])\s+/u, "$1")}`;
      hasPendingBullet = false;
    } else if (isNewParagraph || !paragraph) {
      flush();
      paragraph = md;
    } else if (/\p{L}[-\u2010\u00ad]$/u.test(paragraph) && /^\p{Ll}/u.test(md)) paragraph = paragraph.slice(0, -1) + md;
    else if (/\p{L}[-\u2010\u00ad]\*\*$/u.test(paragraph) && /^\*\*\p{Ll}/u.test(md)) paragraph = paragraph.slice(0, -3) + md.slice(2);
    else if (/\p{L}[-\u2010]$/u.test(paragraph) && /^\p{Lu}/u.test(md))
      paragraph = paragraph.slice(0, -1) + "-" + md; // Saint-|Denis: a real hyphen
    else if (paragraph.endsWith("**") && md.startsWith("**"))
      paragraph = `${paragraph.slice(0, -2)} ${md.slice(2)}`; // one bold span over two lines
    else paragraph += ` ${md}`;
    prev = line;
  }
  flush();
  return blocks.join("\n\n") + "\n";
}
