import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";

export const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

function hasPandoc(): boolean {
  try {
    execFileSync("pandoc", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export const canBuildPdf = Boolean(CHROMIUM) && hasPandoc();

const CSS = `body{font-family:sans-serif;font-size:11pt}h1{font-size:24pt;font-weight:bold}h2{font-size:18pt;font-weight:bold}h3{font-size:14pt;font-weight:bold}h4{font-size:13pt;font-weight:bold}ul{list-style:none}li::before{content:"\\2022  "}`;
const CACHE = path.join(os.tmpdir(), "rencontres-seed-pdf");

/** Prints an HTML page to PDF with headless Chromium, cached by content in a temp dir. */
export function htmlToPdf(html: string, options: { headerFooter?: boolean } = {}): Uint8Array {
  mkdirSync(CACHE, { recursive: true });
  const key = createHash("sha256").update(html).update(String(options.headerFooter)).digest("hex").slice(0, 16);
  const out = path.join(CACHE, `${key}.pdf`);
  if (!existsSync(out)) {
    const htmlFile = path.join(CACHE, `${key}.html`);
    writeFileSync(htmlFile, html);
    const args = ["--headless", "--no-sandbox", "--disable-gpu", `--print-to-pdf=${out}`];
    if (!options.headerFooter) args.push("--no-pdf-header-footer");
    execFileSync(CHROMIUM!, [...args, `file://${htmlFile}`], { stdio: "ignore", timeout: 60_000 });
  }
  return new Uint8Array(readFileSync(out));
}

/**
 * Markdown → standalone HTML (pandoc) with headings larger and bold → PDF. Chromium draws list
 * markers as shapes, outside the text layer; a `•` in ::before puts them in, as Word does.
 */
export function markdownToPdf(markdown: string, options: { headerFooter?: boolean } = {}): Uint8Array {
  const html = execFileSync(
    "pandoc",
    ["-f", "markdown-smart", "-t", "html5", "--standalone", "--metadata", "pagetitle=Compte rendu", "--metadata", "lang=fr"],
    {
      input: markdown,
      encoding: "utf8",
    },
  ).replace("</head>", `<style>${CSS}</style></head>`);
  return htmlToPdf(html, options);
}
