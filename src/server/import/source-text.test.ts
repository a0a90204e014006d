import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import { readOffThread } from "@/server/import/read-off-thread";
import { sourceTextOf } from "@/server/import/source-text";
import { HAS_PANDOC, seedDocument, seedEncoded } from "../../../tests/helpers/seed-documents";
import { canBuildPdf, markdownToPdf } from "../../../tests/helpers/seed-pdf";
import { SEED_FIGURES, seedFigures } from "../../../tests/helpers/seed-figures";
import { SEED_FILE } from "../../../tests/setup/paths";

async function figuresOf(name: string, bytes: Uint8Array) {
  const read = await sourceTextOf({ name, bytes });
  if (!read.ok) throw new Error(read.error);
  return seedFigures(parseCompteRendu(read.text));
}

describe("sourceTextOf: the seed in every encoding read", () => {
  it.each(["utf-16le", "utf-16be", "windows-1252"] as const)("%s gives the seed's figures", async (encoding) => {
    expect(await figuresOf("paris.md", seedEncoded(encoding))).toEqual(SEED_FIGURES);
  });
});

describe.skipIf(!canBuildPdf)("the seed printed to PDF, read in the worker as the import page and the command line read it", () => {
  it("gives the seed's figures", { timeout: 60_000 }, async () => {
    const pdf = markdownToPdf(readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed-data/grande-rencontre-paris-2021.md"), "utf8"), {
      headerFooter: true,
    });
    const { read, parsed } = await readOffThread({ name: "paris.pdf", bytes: pdf }, {});
    expect(read.ok).toBe(true);
    expect(seedFigures(parsed!)).toEqual(SEED_FIGURES);
  });
});

describe.skipIf(!HAS_PANDOC)("sourceTextOf: the seed saved by a word processor (pandoc)", () => {
  it.each(["docx", "odt"] as const)(".%s gives the seed's figures", async (format) => {
    expect(await figuresOf(`paris.${format}`, seedDocument(format).bytes)).toEqual(SEED_FIGURES);
  });

  it("reads participants given as a Word table (Nom | Organisation) under « Participants : »", async () => {
    const seed = readFileSync(SEED_FILE, "utf8");
    const tables = parseCompteRendu(seed);
    if (!tables.ok) throw new Error(tables.error);
    let table = 0;
    const withTables = seed.replace(/^Autour de la table : .*$/gm, () => {
      const rows = tables.data.tables[table++]!.participants.map((p) => `| ${p.fullName} | ${p.organisation ?? p.status ?? ""} |`);
      return `Participants :\n\n| Nom | Organisation |\n| --- | --- |\n${rows.join("\n")}\n`;
    });
    const docx = execFileSync("pandoc", ["-f", "markdown", "-t", "docx", "-o", "-"], { input: withTables, maxBuffer: 20 * 1024 * 1024 });
    expect(await figuresOf("paris-tableaux.docx", docx)).toEqual(SEED_FIGURES);
  });

  it("keeps headings and bold keywords from an .odt", async () => {
    const read = await sourceTextOf({ name: "paris.odt", bytes: seedDocument("odt").bytes });
    expect(read.ok && read.text).toMatch(/^## Introduction$/m);
    expect(read.ok && read.text).toMatch(/^### 1\) Pourquoi/m);
    expect(read.ok && read.text).toContain("**");
  });
});

describe("sourceTextOf: what it refuses, in French", () => {
  const refusal = async (name: string, bytes: number[] | string) =>
    sourceTextOf({ name, bytes: typeof bytes === "string" ? new TextEncoder().encode(bytes) : new Uint8Array(bytes) });

  it("says what to do with a .doc, an .rtf, an image, a real binary", async () => {
    expect(await refusal("a.doc", [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/\.docx, \.odt ou PDF/),
    });
    expect(await refusal("a.rtf", "{\\rtf1\\ansi Bonjour}")).toMatchObject({ ok: false, error: expect.stringMatching(/RTF.*\.docx, \.odt ou PDF/) });
    expect(await refusal("a.png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])).toMatchObject({
      ok: false,
      error: expect.stringMatching(/binaire \(image PNG\)/),
    });
    expect(await refusal("a.bin", [0x01, 0x02, 0x00, 0x03])).toMatchObject({ ok: false, error: expect.stringMatching(/binaire/) });
    expect(await refusal("a.bin", [0x01, 0x02, 0x03, 0xff, 0x04])).toMatchObject({ ok: false, error: expect.stringMatching(/pas un texte lisible/) });
  });

  it("says in French that a damaged PDF cannot be read", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n");
    expect(await sourceTextOf({ name: "a.pdf", bytes: pdf })).toMatchObject({ ok: false, error: "Ce fichier n'est pas un PDF lisible." });
  });
});
