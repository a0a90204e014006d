/**
 * The HTML that mammoth makes of a Word document, as the Markdown the compte-rendu importer
 * reads: headings as `#`, bold as `**`, list items as `- `, paragraphs separated by a blank
 * line. Mammoth's output is small and well formed (h1–h6, p, strong, em, ul, ol, li, a, br,
 * table, sup/sub, img); anything else keeps its text and loses its markup.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Inline marks kept: bold carries the keywords, italics the participants' organisations. */
const MARKS: Record<string, string> = { strong: "**", b: "**", em: "*", i: "*" };

const BLOCKS = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th", "tr", "table", "ul", "ol"]);

export function htmlToMarkdown(html: string): string {
  const lines: string[] = [];
  let current = "";
  const lists: ("ul" | "ol")[] = [];
  const counters: number[] = [];
  // A table row is one line, its cells joined by " – ": a participants table (Nom | Organisation)
  // reads as "Nom – Organisation", one person per row.
  let cellDepth = 0;
  let cellsInRow = 0;

  const flush = () => {
    const spaced = current.replace(/[ \t]+/g, " ").trim();
    // A row whose last cells are empty leaves a dangling separator.
    const text = spaced.endsWith(" –") ? spaced.slice(0, -2) : spaced;
    if (text) lines.push(text);
    current = "";
  };
  const blank = () => {
    flush();
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };

  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)(?:[^<>a-zA-Z0-9][^<>]*)?>|([^<]+)/g)) {
    const [, closing, rawTag, text] = match;
    if (text !== undefined) {
      current += decodeEntities(text).replace(/\s+/g, " ");
      continue;
    }
    const tag = rawTag!.toLowerCase();
    if (closing) {
      const mark = MARKS[tag];
      if (mark) {
        // `**word **` is not bold in Markdown: the closing marks go before the spaces.
        const trailing = current.slice(current.trimEnd().length);
        const body = current.slice(0, current.length - trailing.length);
        // An empty run (Word makes bold spaces) leaves no marks at all.
        current = body.endsWith(mark) ? `${body.slice(0, -mark.length)}${trailing}` : `${body}${mark}${trailing}`;
      } else if (tag === "ul" || tag === "ol") {
        lists.pop();
        counters.pop();
        if (lists.length === 0) blank();
      } else if (tag === "li") flush();
      else if (tag === "td" || tag === "th") cellDepth = Math.max(0, cellDepth - 1);
      else if (cellDepth > 0 && tag === "p") current += " ";
      else if (BLOCKS.has(tag)) (lists.length > 0 ? flush : blank)();
      continue;
    }
    if (MARKS[tag]) {
      current += MARKS[tag];
    } else if (tag === "br") {
      flush();
    } else if (/^h[1-6]$/.test(tag)) {
      blank();
      current = `${"#".repeat(Number(tag[1]))} `;
    } else if (tag === "ul" || tag === "ol") {
      if (lists.length === 0) blank();
      else flush();
      lists.push(tag);
      counters.push(0);
    } else if (tag === "li") {
      flush();
      // Nested lists come out flat: the importer reads one level of items.
      counters[counters.length - 1] = (counters.at(-1) ?? 0) + 1;
      current = lists.at(-1) === "ol" ? `${counters.at(-1)}. ` : "- ";
    } else if (tag === "td" || tag === "th") {
      if (cellsInRow > 0 && current.trim()) current = `${current.trimEnd()} – `;
      cellsInRow += 1;
      cellDepth += 1;
    } else if (tag === "tr") {
      blank();
      cellsInRow = 0;
    } else if (tag === "p" && cellDepth > 0) {
      // A paragraph inside a cell continues the row's line.
    } else if (tag === "p" || tag === "table") {
      if (lists.length > 0) flush();
      else blank();
    }
  }
  flush();
  return lines
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim()
    .concat("\n");
}
