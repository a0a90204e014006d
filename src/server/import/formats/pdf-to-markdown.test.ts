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
    },
  };
}

describe.skipIf(!canBuildPdf)("pdfToMarkdown", () => {
  for (const headerFooter of [false, true]) {
    it(`reads the seed printed to PDF ${headerFooter ? "with" : "without"} Chromium's header and footer as the Markdown gives it`, async () => {
      const markdown = await pdfToMarkdown(markdownToPdf(SEED, { headerFooter }));
      const fromPdf = figures(markdown);
      expect(fromPdf.counts).toEqual(figures(SEED).counts);
      expect(fromPdf.counts).toEqual({ tables: 6, participations: 45, objectives: 18, examples: 29, ideas: 42 });
      expect(markdown).toContain("**forums**");
      expect(markdown).not.toMatch(/file:\/\//);
    }, 60_000);
  }
});
