import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import { canBuildPdf, htmlToPdf, markdownToPdf } from "../../../../tests/helpers/seed-pdf";
import { pdfToMarkdown } from "./pdf-to-markdown";

const SEED = readFileSync(path.resolve(import.meta.dirname, "../../../../prisma/seed-data/grande-rencontre-paris-2021.md"), "utf8");

function figures(markdown: string) {
  const result = parseCompteRendu(markdown);
  if (!result.ok) throw new Error(result.error);
  const tables = result.data.tables;
  return {
    data: result.data,
    counts: {
      tables: tables.length,
      participations: tables.reduce((n, t) => n + t.participants.length, 0),
      objectives: tables.reduce((n, t) => n + t.objectives.length, 0),
      examples: tables.reduce((n, t) => n + t.examples.length, 0),
      ideas: tables.reduce((n, t) => n + t.ideas.length, 0),
      themes: result.data.synthesisGroups.filter((g) => g.section === "IDEAS_BY_THEME").length,
      themeLinks: result.data.synthesisGroups.flatMap((g) => g.entries.flatMap((e) => e.links)).length,
    },
  };
}

describe.skipIf(!canBuildPdf)("pdfToMarkdown", () => {
  for (const headerFooter of [false, true]) {
    it(`reads the seed printed to PDF ${headerFooter ? "with" : "without"} Chromium's header and footer as the Markdown gives it`, async () => {
      const markdown = await pdfToMarkdown(markdownToPdf(SEED, { headerFooter }));
      const fromPdf = figures(markdown);
      expect(fromPdf.counts).toEqual(figures(SEED).counts);
      expect(fromPdf.counts).toMatchObject({ tables: 6, participations: 45, objectives: 18, examples: 29, ideas: 42, themes: 5 });
      expect(markdown).toContain("**forums**");
      expect(markdown).not.toMatch(/file:\/\//);
    }, 60_000);
  }

  const page = (body: string) =>
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Essai</title></head><body style="font:11pt sans-serif">${body}</body></html>`;

  it("drops running headers, footers and page numbers", async () => {
    const pages = [1, 2, 3, 4]
      .map(
        (n) =>
          `<div style="break-after:page"><p>Rapport annuel du réseau</p><p>Contenu propre à la page ${n}.</p><p style="margin-top:600px">${n} / 4</p></div>`,
      )
      .join("");
    const markdown = await pdfToMarkdown(htmlToPdf(page(pages), { headerFooter: true }));
    for (const n of [1, 2, 3, 4]) expect(markdown).toContain(`Contenu propre à la page ${n}.`);
    expect(markdown).not.toContain("Rapport annuel");
    expect(markdown).not.toMatch(/file:\/\/|\b\d \/ 4\b|Essai/);
  }, 60_000);

  it("joins words hyphenated at a line end and keeps real hyphens", async () => {
    const markdown = await pdfToMarkdown(htmlToPdf(page(`<p style="width:5.5em">la coopé&shy;ration des acteurs de Saint-Denis</p>`)));
    expect(markdown).toContain("coopération");
    expect(markdown).toContain("Saint-Denis");
  }, 60_000);

  it("says in French when a PDF has no text layer, is not a PDF or is too big", async () => {
    const image = page(`<svg width="300" height="200"><rect width="300" height="200" fill="#c33"/></svg>`);
    await expect(pdfToMarkdown(htmlToPdf(image))).rejects.toThrow(/^Ce PDF ne contient pas de texte \(document numérisé \?\) :/);
    await expect(pdfToMarkdown(new TextEncoder().encode("%PDF-1.7\n garbage \u0000\u0001 not a pdf"))).rejects.toThrow(/n'est pas un PDF lisible/);
    const seedPdf = markdownToPdf(SEED);
    await expect(pdfToMarkdown(seedPdf, { maxPages: 3 })).rejects.toThrow(/au-delà des 3 pages/);
    await expect(pdfToMarkdown(seedPdf, { maxChars: 5_000 })).rejects.toThrow(/dépasse/);
  }, 60_000);
});
