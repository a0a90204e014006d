/**
 * French typography of the interface's own words, the JSX text and labelling attributes of
 * src/app and src/components: the same rules as the database's text at render time
 * (src/lib/text/typography.ts), applied once in the source rather than on every render.
 * `npm run typography` lists what differs; `npm run typography -- --fix` rewrites it (narrow and
 * ordinary no-break spaces as &#8239; and &nbsp;, which JSX keeps where it trims whitespace).
 * The test beside this file fails while anything differs.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { frenchTypography } from "../src/lib/text/typography";

const ROOTS = ["src/app", "src/components"];
/** Attributes whose text a reader sees or hears; the others (href, className…) are code. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "alt", "placeholder", "label", "legend", "hint", "description", "summary", "caption"]);
const CODE_ELEMENTS = new Set(["code", "pre", "kbd", "samp"]);
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  rsquo: "’",
  lsquo: "‘",
  laquo: "«",
  raquo: "»",
  hellip: "…",
};

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, code: string) => {
    if (code[0] === "#") return String.fromCodePoint(code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** JSX text as source again: what JSX would read as markup or trim is written as an entity. */
function encode(text: string): string {
  return text.replace(
    /[&<>{}\u00a0\u202f]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "{": "&#123;", "}": "&#125;", "\u00a0": "&nbsp;", "\u202f": "&#8239;" })[c]!,
  );
}

/** Text inside <code>, <pre> or <kbd> is code, not French. */
function isCode(node: ts.JsxText): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && CODE_ELEMENTS.has(parent.openingElement.tagName.getText());
}

/**
 * A stand-in for what the page shows right against a JSX text, so that its edge is typeset as
 * the reader sees it: a word (an element, an expression: "x"), the text of a string
 * expression ({" "}: "x ", {NBSP}), or nothing (the start or end of its element).
 */
function edge(node: ts.JsxText, side: -1 | 1, constants: Map<string, string>): string {
  const siblings = ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent) ? node.parent.children : null;
  const neighbour = siblings?.[siblings.indexOf(node) + side];
  if (!neighbour || ts.isJsxText(neighbour)) return "";
  // {" "}, {NBSP}: the text itself, when the file says what it is; any other expression or element shows a word.
  const expression = ts.isJsxExpression(neighbour) ? neighbour.expression : undefined;
  const text =
    expression && ts.isStringLiteral(expression)
      ? expression.text
      : expression && ts.isIdentifier(expression)
        ? constants.get(expression.text)
        : undefined;
  if (text !== undefined) return side < 0 ? `x${text}` : `${text}x`;
  return "x";
}

/** The file's string constants (const NBSP = "\u00a0"), for the text an expression stands for. */
function stringConstants(sourceFile: ts.SourceFile): Map<string, string> {
  const constants = new Map<string, string>();
  for (const statement of sourceFile.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const d of statement.declarationList.declarations) {
      if (ts.isIdentifier(d.name) && d.initializer && ts.isStringLiteral(d.initializer)) constants.set(d.name.text, d.initializer.text);
    }
  }
  return constants;
}

export type Change = { file: string; line: number; from: string; to: string; start: number; end: number };

/**
 * The changes a file needs: JSX text nodes whose lines, joined as JSX joins them, typeset
 * differently, and text attributes given as plain strings.
 */
export function typographyChanges(file: string, source: string): Change[] {
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const changes: Change[] = [];
  const constants = stringConstants(sourceFile);
  const add = (node: ts.Node, start: number, end: number, from: string, to: string) => {
    if (from !== to) changes.push({ file, line: sourceFile.getLineAndCharacterOfPosition(start).line + 1, from, to, start, end });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && !node.containsOnlyTriviaWhiteSpaces && !isCode(node)) {
      const raw = node.getFullText(sourceFile);
      // JSX joins a text's lines with one space and drops the whitespace around line breaks;
      // spaces on the same line as a neighbour are shown, so they are typeset with the text.
      const leadAll = raw.length - raw.trimStart().length;
      const trailAll = raw.length - raw.trimEnd().length;
      const lead = raw.slice(0, leadAll).includes("\n") ? leadAll : 0;
      const trail = raw.slice(raw.length - trailAll).includes("\n") ? trailAll : 0;
      const inner = raw.slice(lead, raw.length - trail);
      const joined = inner
        .split(/\r?\n/)
        .map((line, i, lines) => (lines.length === 1 ? line : i === 0 ? line.trimEnd() : i === lines.length - 1 ? line.trimStart() : line.trim()))
        .filter((line, i, lines) => line !== "" || i === 0 || i === lines.length - 1)
        .join(" ");
      const decoded = decode(joined);
      const [before, after] = [edge(node, -1, constants), edge(node, 1, constants)];
      const full = frenchTypography(before + decoded + after);
      const set = full.slice(before.length, full.length - after.length);
      if (set !== decoded) add(node, node.getFullStart() + lead, node.getFullStart() + lead + inner.length, inner, encode(set));
    } else if (
      ts.isJsxAttribute(node) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      TEXT_ATTRIBUTES.has(node.name.getText(sourceFile))
    ) {
      const literal = node.initializer;
      const set = frenchTypography(literal.text);
      if (set !== literal.text && !set.includes('"')) add(literal, literal.getStart(sourceFile) + 1, literal.getEnd() - 1, literal.text, set);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return changes;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith(".tsx") && !entry.name.endsWith(".test.tsx") ? [full] : [];
  });
}

/** Every change the interface's files need, from the project's root. */
export function interfaceTypographyChanges(root: string): Change[] {
  return ROOTS.flatMap((dir) => tsxFiles(path.join(root, dir))).flatMap((file) =>
    typographyChanges(path.relative(root, file), readFileSync(file, "utf8")),
  );
}

function main() {
  const root = path.resolve(import.meta.dirname, "..");
  const changes = interfaceTypographyChanges(root);
  if (!process.argv.includes("--fix")) {
    for (const c of changes) console.log(`${c.file}:${c.line}  ${JSON.stringify(c.from)}\n    → ${JSON.stringify(c.to)}`);
    console.log(`${changes.length} texte(s) à composer.`);
    process.exitCode = changes.length > 0 ? 1 : 0;
    return;
  }
  const byFile = new Map<string, Change[]>();
  for (const c of changes) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
  for (const [file, list] of byFile) {
    let source = readFileSync(path.join(root, file), "utf8");
    // From the end, so that the earlier offsets stay right.
    for (const c of list.sort((a, b) => b.start - a.start)) source = source.slice(0, c.start) + c.to + source.slice(c.end);
    writeFileSync(path.join(root, file), source);
  }
  console.log(`${changes.length} texte(s) composé(s) dans ${byFile.size} fichier(s) : passez npm run format.`);
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) main();
