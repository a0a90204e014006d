import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { createUser } from "@/server/data/users/create-user";
import { markdownToDocx } from "../../../tests/helpers/docx";
import { seedParis2021 } from "../../../tests/helpers/seed";
import { SEED_FILE } from "../../../tests/setup/paths";
import { importCompteRenduText, previewCompteRendu } from "./import-compte-rendu";
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

describe("previewCompteRendu and importCompteRenduText as a new draft", () => {
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

    const outcome = await importCompteRenduText(admin, seed, { asNew: true, sourceName: "paris.docx" });
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
    await expect(importCompteRenduText(rapporteur, seed, { asNew: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.rencontre.count()).toBe(1);
  });
});
