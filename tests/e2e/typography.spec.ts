import { expect, test, type APIRequestContext } from "@playwright/test";

/**
 * French typography on every public page of the seed, as a reader sees it: no ordinary space
 * before ; ? ! » nor after «, no straight apostrophe, in the visible text and in the
 * aria-label, alt and title attributes. Script, style, code and addresses are not French text.
 * Fetched without a browser (the HTML the server sends), the pages listed by the sitemaps.
 */

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", rsquo: "’", laquo: "«", raquo: "»" };

function decode(text: string): string {
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (all, code: string) => {
    if (code.startsWith("#x") || code.startsWith("#X")) return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith("#")) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? all;
  });
}

/** The French text of a page: text nodes and labelling attributes, without script, style, code, or <head>. */
function frenchTexts(html: string): string[] {
  const body = html.slice(Math.max(0, html.indexOf("<body")));
  const stripped = body.replace(/<(script|style|code|pre|template)\b[^>]*>[\s\S]*?<\/\1>/gi, " ");
  const texts: string[] = [];
  for (const match of stripped.matchAll(/\s(?:aria-label|alt|title)="([^"]*)"/g)) texts.push(decode(match[1]!));
  // Inline elements and React's <!-- --> separators join their text ("(« <a>x</a> »)" is one phrase); blocks end one.
  const flowing = stripped.replace(/<!--.*?-->/g, "").replace(/<\/?(?:a|span|mark|strong|em|b|i|time|abbr|small|sup|sub|bdi)\b[^>]*>/gi, "");
  for (const match of flowing.replace(/<[^>]*>/g, "\n").split("\n")) if (match.trim()) texts.push(decode(match));
  return texts;
}

/** Words that are addresses, e-mails or paths are not French text. */
function prose(text: string): string {
  return text
    .split(/[ \t\r\n]+/)
    .filter((word) => !/:\/\/|@|^www\.|^\//.test(word))
    .join(" ");
}

function typographyFaults(html: string): string[] {
  const faults = new Set<string>();
  for (const text of frenchTexts(html)) {
    const line = prose(text);
    for (const match of line.matchAll(/ [;?!»]|« |'/g)) faults.add(line.slice(Math.max(0, match.index - 30), match.index + 10).trim());
  }
  return [...faults];
}

async function sitemapPaths(request: APIRequestContext, path: string): Promise<string[]> {
  const xml = await (await request.get(path)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(decode(m[1]!)).pathname);
}

test("every public page of the seed is set in French typography", async ({ request }) => {
  test.setTimeout(300_000);
  const pages = await sitemapPaths(request, "/sitemap.xml");
  for (const part of await sitemapPaths(request, "/sitemap-items.xml")) pages.push(...(await sitemapPaths(request, part)));
  expect(pages.length).toBeGreaterThan(60);
  const report: Record<string, string[]> = {};
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const faults = typographyFaults(await response.text());
    if (faults.length > 0) report[path] = faults.slice(0, 5);
  }
  expect(report).toEqual({});
});
