/**
 * The Markdown subset the compte rendus use, parsed into a tree the UI renders as text
 * nodes (never as HTML): paragraphs, "### " headings, "- " lists (nested by two spaces),
 * **bold** and *italics*.
 */

export type Inline = { type: "text" | "strong" | "em"; text: string };
export type RichBlock =
  | { type: "heading"; inlines: Inline[] }
  | { type: "paragraph"; inlines: Inline[] }
  | { type: "list"; items: { inlines: Inline[]; children: RichBlock[] }[] };

export function parseInline(source: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|(?<![\w*])\*([^*\s][^*]*?)\*(?![\w*])/g;
  let last = 0;
  for (const match of source.matchAll(pattern)) {
    if (match.index > last) out.push({ type: "text", text: source.slice(last, match.index) });
    out.push(match[1] !== undefined ? { type: "strong", text: match[1] } : { type: "em", text: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < source.length) out.push({ type: "text", text: source.slice(last) });
  return out.map((i) => ({ ...i, text: i.text.replace(/\*\*/g, "") })).filter((i) => i.text !== "");
}

export function parseMarkdownLite(source: string): RichBlock[] {
  const blocks: RichBlock[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === "") {
      i += 1;
      continue;
    }
    const heading = /^#{1,6}\s+(\S.*)?$/.exec(line.trim());
    if (heading) {
      blocks.push({ type: "heading", inlines: parseInline(heading[1] ?? "") });
      i += 1;
      continue;
    }
    if (/^\s*- /.test(line)) {
      const listLines: string[] = [];
      while (i < lines.length && /^\s*- /.test(lines[i]!)) listLines.push(lines[i++]!);
      blocks.push(buildList(listLines));
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && lines[i]!.trim() !== "" && !/^\s*- /.test(lines[i]!) && !/^#{1,6}\s/.test(lines[i]!.trim())) {
      paragraph.push(lines[i++]!.trim());
    }
    blocks.push({ type: "paragraph", inlines: parseInline(paragraph.join(" ")) });
  }
  return blocks;
}

function buildList(lines: string[]): Extract<RichBlock, { type: "list" }> {
  const root: Extract<RichBlock, { type: "list" }> = { type: "list", items: [] };
  const stack: { depth: number; list: Extract<RichBlock, { type: "list" }> }[] = [{ depth: 0, list: root }];
  for (const line of lines) {
    const depth = Math.floor(/^(\s*)/.exec(line)![1]!.length / 2);
    const item = { inlines: parseInline(line.replace(/^\s*- /, "")), children: [] as RichBlock[] };
    while (stack.length > 1 && depth < stack.at(-1)!.depth) stack.pop();
    const top = stack.at(-1)!;
    if (depth > top.depth && top.list.items.length > 0) {
      const nested: Extract<RichBlock, { type: "list" }> = { type: "list", items: [item] };
      top.list.items.at(-1)!.children.push(nested);
      stack.push({ depth, list: nested });
    } else {
      top.list.items.push(item);
    }
  }
  return root;
}
