import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { createUser } from "@/server/data/users/create-user";
import { markdownToDocx } from "../../../tests/helpers/docx";
import { HAS_PANDOC, seedAsWordText, seedDocument } from "../../../tests/helpers/seed-documents";
import { canBuildPdf, markdownToPdf } from "../../../tests/helpers/seed-pdf";
import { seedParis2021 } from "../../../tests/helpers/seed";
import { SEED_FILE } from "../../../tests/setup/paths";
import { importCompteRendu, previewCompteRendu } from "./import-compte-rendu";
import { sourceTextOf } from "./source-text";

const seed = readFileSync(SEED_FILE, "utf8");
const admin = systemActor("test");

describe("the import page's reading of a compte rendu", () => {
  it("reads the Paris 2021 compte rendu saved as a Word document as it reads the Markdown", async () => {
    const docx = await markdownToDocx(seed);
    const read = await sourceTextOf({ name: "paris-2021.docx", bytes: docx });
    if (!read.ok) throw new Error(read.error);
    const [fromWord, fromMarkdown] = await Promise.all([previewCompteRendu(admin, read.text), previewCompteRendu(admin, seed)]);
    if (!fromWord.ok || !fromMarkdown.ok) throw new Error("preview failed");
    expect(fromWord.preview.tables.map((t) => [t.participants, t.examples, t.ideas])).toEqual([
      [8, 7, 6],
      [6, 6, 8],
      [9, 5, 7],
      [7, 3, 5],
      [8, 5, 8],
      [7, 3, 8],
    ]);
    expect(fromWord.preview).toEqual(fromMarkdown.preview);
    expect(fromWord.preview.themes).toHaveLength(5);
  });

  it("refuses a .doc, a damaged .docx and a binary file with a French reason", async () => {
    const doc = await sourceTextOf({ name: "vieux.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) });
    expect(doc).toEqual({ ok: false, error: expect.stringContaining(".docx") });
    const broken = await sourceTextOf({ name: "abîmé.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) });
    expect(broken).toEqual({ ok: false, error: "« abîmé.docx » n'est pas un document Word (.docx) lisible." });
    const binary = await sourceTextOf({ name: "image.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]) });
    expect(binary.ok).toBe(false);
  });
});

/** The seed as each kind of file an organiser uploads, built from the seed file in this run. */
const uploads: [string, () => Uint8Array, boolean][] = [
  ["paris-2021.md", () => Buffer.from(seed), true],
  ["paris-2021.txt", () => Buffer.from(seedAsWordText()), true],
  ["paris-2021.docx", () => seedDocument("docx").bytes, HAS_PANDOC],
  ["paris-2021.odt", () => seedDocument("odt").bytes, HAS_PANDOC],
  ["paris-2021.pdf", () => markdownToPdf(seed, { headerFooter: true }), canBuildPdf],
];

describe("the import page's upload of the seed in every format", () => {
  beforeEach(async () => {
    await seedParis2021();
  });

  // Without pandoc or Chromium, the formats they build are left out (CI installs both).
  it.each(uploads.filter(([, , canBuild]) => canBuild))(
    "%s: previewed and created with the seed's figures",
    { timeout: 60_000 },
    async (name, bytes) => {
      const file = { name, bytes: bytes() };
      const preview = await previewCompteRendu(admin, file);
      if (!preview.ok) throw new Error(preview.error);
      expect(preview.preview.totals).toMatchObject({ participants: 45, objectives: 18, examples: 29, ideas: 42 });
      expect(preview.preview.tables).toHaveLength(6);
      expect(preview.preview.themes).toHaveLength(5);
      expect(preview.preview.city).toBe("Paris");
      const created = await importCompteRendu(admin, file, { asNew: true, sourceName: name });
      if (!created.ok) throw new Error(created.error);
      expect(created.summary.totals).toMatchObject({ participants: 45, objectives: 18, examples: 29, ideas: 42, themes: 5 });
    },
  );
});

describe("previewCompteRendu and importCompteRendu as a new draft", () => {
  beforeEach(async () => {
    await seedParis2021();
  });

  it("previews without writing, names the rencontre already imported, then creates a second, draft copy", async () => {
    const before = { rencontres: await db.rencontre.count(), items: await db.item.count(), audit: await db.auditLog.count() };
    const preview = await previewCompteRendu(admin, seed);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.warnings.length).toBeGreaterThan(0);
    expect(preview.existing).toMatchObject({ city: "Paris" });
    expect({ rencontres: await db.rencontre.count(), items: await db.item.count(), audit: await db.auditLog.count() }).toEqual(before);

    const outcome = await importCompteRendu(admin, seed, { asNew: true, sourceName: "paris.docx" });
    if (!outcome.ok) throw new Error(outcome.error);
    const copy = await db.rencontre.findUniqueOrThrow({
      where: { id: outcome.summary.rencontreId },
      select: { status: true, slug: true, sourceKey: true, _count: { select: { items: true } } },
    });
    expect(copy).toEqual({ status: "DRAFT", slug: "paris-2021-2", sourceKey: null, _count: { items: 71 } });
    // The published rencontre is untouched.
    expect(await db.rencontre.count({ where: { status: "PUBLISHED" } })).toBe(1);
    expect(await db.item.count()).toBe(before.items * 2);
  });

  it("refuses a rapporteur, for the preview and for the import", async () => {
    const u = await createUser(systemActor("test"), { email: "r@example.org", name: "R", role: "RAPPORTEUR", password: "un mot de passe sûr" });
    const rapporteur: Actor = { kind: "user", id: u.id, role: "RAPPORTEUR", email: u.email };
    await expect(previewCompteRendu(rapporteur, seed)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importCompteRendu(rapporteur, seed, { asNew: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.rencontre.count()).toBe(1);
  });
});

/** The seed with its tables headed "Cercle A", "Cercle B"…: a word the reader does not know. */
const cercles = seed.replace(/^(#{2,3}) TABLE (\d)$/gm, (_m, hashes: string, n: string) => `${hashes} Cercle ${"ABCDEF"[Number(n) - 1]}`);

describe("the preview's corrections", () => {
  beforeEach(async () => {
    await seedParis2021();
  });

  it("shows an unknown table heading as text; given the role « Table », the tables are read, and the corrections are kept with the draft", async () => {
    const refused = await previewCompteRendu(admin, cercles);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Aucune table trouvée/) });
    const cercleA = refused.outline.find((entry) => entry.text === "Cercle A")!;
    expect(cercleA).toMatchObject({ key: "cercle a#1", role: { role: "text" } });
    expect(refused.outline.filter((entry) => entry.role.role === "objectives")).toHaveLength(8);

    const headings = Object.fromEntries(
      [..."ABCDEF"].map((letter, i) => [`cercle ${letter.toLowerCase()}#1`, { role: "table" as const, number: i + 1 }]),
    );
    const corrections = { headings, separateThemes: [] };
    const preview = await previewCompteRendu(admin, cercles, { corrections });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.preview.totals).toMatchObject({ participants: 45, objectives: 18, examples: 29, ideas: 42 });
    expect(preview.outline.find((entry) => entry.text === "Cercle B")).toMatchObject({
      detected: { role: "text" },
      role: { role: "table", number: 2 },
    });

    const created = await importCompteRendu(admin, cercles, { asNew: true, corrections });
    if (!created.ok) throw new Error(created.error);
    expect(await db.importCorrection.findMany({ select: { rencontreId: true } })).toEqual([{ rencontreId: created.summary.rencontreId }]);

    // The same text again, with no corrections given: those kept with the draft apply.
    const again = await previewCompteRendu(admin, `${cercles.replace(/\n/g, "\r\n")}\r\n`);
    expect(again).toMatchObject({ ok: true, isStored: true, corrections });
  });

  it("flags a synthesis theme that looks like an existing one, and keeps it apart when asked", async () => {
    const preview = await previewCompteRendu(admin, seed);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.similarThemes).toEqual([
      {
        label: "Instances et outils tierces entre l'ESS et le monde du travail social",
        theme: expect.objectContaining({ name: "Instances et outils tiers entre l'ESS et le travail social" }),
      },
    ]);
    const themes = await db.theme.count();
    const created = await importCompteRendu(admin, seed, {
      asNew: true,
      corrections: { headings: {}, separateThemes: [preview.similarThemes[0]!.label] },
    });
    if (!created.ok) throw new Error(created.error);
    expect(await db.theme.count()).toBe(themes + 1);
    expect(await db.theme.findFirst({ where: { name: { contains: "tierces" } }, select: { _count: { select: { items: true } } } })).toEqual({
      _count: { items: 2 },
    });
  });
});
