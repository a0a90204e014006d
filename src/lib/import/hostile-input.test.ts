import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";
import { parseCompteRendu } from "./parse-compte-rendu";
import { parseInline, parseMarkdownLite } from "@/lib/text/markdown-lite";
import { enlargedCompteRendu } from "../../../tests/helpers/enlarged-compte-rendu";
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

describe("a long compte rendu with many organisations known", () => {
  // 120 tables, 840 ideas and examples, 2,000 organisations: the item × organisation matching
  // took 52 s here; through the index of names by first word it takes under half a second.
  it("finds the organisations cited, in a time that follows the document, not the list", () => {
    const known = [{ name: "Caracol" }, ...Array.from({ length: 2000 }, (_, i) => ({ name: `Association numéro ${i} de la ville` }))];
    const result = parseCompteRendu(enlargedCompteRendu(20), { knownOrganisations: known, city: "Paris", date: "2021-12-13" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.tables).toHaveLength(120);
    const mentions = result.data.tables.flatMap((t) => [...t.ideas, ...t.examples].flatMap((i) => i.mentions));
    expect(mentions).toContain("Caracol");
    expect(mentions.filter((m) => m.startsWith("Association numéro"))).toEqual([]);
  });
});

describe("a compte rendu past the limits", () => {
  // 1,000 tables took 17 s to parse before the schema's 500-table limit refused them; the
  // limit is now checked once the sections are known, before people and links are read.
  it("is refused at once, in French, when it has over 500 tables", () => {
    const result = parseCompteRendu(enlargedCompteRendu(167), { city: "Paris", date: "2021-12-13" });
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Le document compte 999 tables, au-delà des 500/) });
  });

  it("is refused when one table runs on for thousands of lines", () => {
    const table = `# Rencontre\n\n## TABLE 1\n\nAutour de la table : Ana B (X)\n\n### Pistes\n\n${"- une piste\n".repeat(2000)}`;
    expect(parseCompteRendu(table, { city: "Paris", date: "2021-12-13" })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^La table 1 compte 2/),
    });
  });
});
