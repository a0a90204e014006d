import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";
import { parseCompteRendu } from "./parse-compte-rendu";
import { parseInline, parseMarkdownLite } from "@/lib/text/markdown-lite";
import { containsPhrase, contentTokens, extractBold, foldText, organisationKey, personKey, slugify, stripMarkup } from "@/lib/text/normalize";

// Each parser's worst case: long runs that a backtracking regex retries from every position.
// The vitest timeout is the guard; a quadratic regex takes minutes on these.
const N = 100_000;
const runs: Record<string, string> = {
  spaces: " ".repeat(N),
  stars: "*".repeat(N),
  hashes: "#".repeat(N),
  brackets: "[".repeat(N),
  underscores: "_".repeat(N),
  "heading of spaces": `# ${" ".repeat(N)}x`,
  "hash then spaces": `#${" ".repeat(N)}`,
  "bold marks": "**".repeat(N / 2),
  "bold words": "**a ".repeat(N / 4),
  "open links": "[a](".repeat(N / 4),
  "emphasis pairs": "_a".repeat(N / 2),
  dashes: "-".repeat(N),
  "colon and spaces": `Participants :${" ".repeat(N)}`,
  tags: "<a".repeat(N / 2),
};

describe("hostile input", () => {
  for (const [name, text] of Object.entries(runs)) {
    it(`parses or refuses ${name}`, () => {
      const result = parseCompteRendu(text, { city: "Paris", date: "2021-12-13" });
      expect(typeof result.ok).toBe("boolean");
      expect(typeof htmlToMarkdown(text)).toBe("string");
      expect(Array.isArray(parseMarkdownLite(text))).toBe(true);
      expect(Array.isArray(parseInline(text))).toBe(true);
      for (const f of [foldText, slugify, organisationKey, personKey, stripMarkup]) expect(typeof f(text)).toBe("string");
      expect(Array.isArray(extractBold(text))).toBe(true);
      expect(Array.isArray(contentTokens(text))).toBe(true);
      expect(typeof containsPhrase(text, "a b")).toBe("boolean");
    });
  }
});
