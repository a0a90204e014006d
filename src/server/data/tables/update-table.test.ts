import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { TableFormSchema, type TableFormInput } from "@/lib/schemas/table-form";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { searchItems } from "@/server/data/search/search-items";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { createTable } from "./create-table";
import { getTableForEdit } from "./get-table-for-edit";
import { updateTable } from "./update-table";
import { user } from "../../../../tests/helpers/users";

let admin: Actor;
let rapporteur: Actor;
let parisId: string;
let bordeauxId: string;

/** The form's content for a table as it is saved now. */
async function formOf(actor: Actor, rencontreId: string, number: number): Promise<TableFormInput & { id: string }> {
  const table = (await getTableForEdit(actor, rencontreId, { number }))!;
  return { id: table.id, ...TableFormSchema.parse(table) };
}

beforeEach(async () => {
  await seedParis2021();
  parisId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
  admin = await user("orga@example.org", "ADMIN");
  rapporteur = await user("rapporteur@example.org", "RAPPORTEUR");
  bordeauxId = (await createRencontre(admin, { title: "Grande Rencontre de Bordeaux", city: "Bordeaux", date: "2024-03-14", territory: null, venueName: null, introduction: "", studyTitle: null, study: "", roundTableText: "", workshopFormat: "", closingText: "" })).id;
  await createTable(admin, bordeauxId, { number: 1, title: null });
  await setRencontreEditor(admin, bordeauxId, "rapporteur@example.org", true);
});

describe("updateTable", () => {
  it("saves a table's lists with keywords and themes, and the catalogue finds the new idea", async () => {
    const theme = await db.theme.findFirstOrThrow({ where: { slug: "apprentissage-et-formation" }, select: { id: true } });
    const { id, ...form } = await formOf(rapporteur, bordeauxId, 1);
    await updateTable(rapporteur, id, {
      ...form,
      participants: [{ id: null, name: "Alice MARTIN", organisation: "Caracol", status: null }, { id: null, name: "Bob DURAND", organisation: null, status: "Freelance" }],
      objectives: ["Se connaître", "Agir ensemble", "Former"].map((text) => ({ id: null, text })),
      examples: [{ id: null, text: "Un **tiers-lieu** partagé", themes: [] }],
      ideas: [{ id: null, text: "Des **stages croisés** entre écoles", themes: [theme.id] }],
    });
    const saved = await formOf(admin, bordeauxId, 1);
    expect(saved.version).toBe(2);
    expect(saved.participants.map((p) => [p.name, p.organisation, p.status])).toEqual([["Alice MARTIN", "Caracol", null], ["Bob DURAND", null, "Freelance"]]);
    expect(saved.objectives.map((o) => o.text)).toEqual(["Se connaître", "Agir ensemble", "Former"]);
    expect(saved.ideas[0]!.themes).toEqual([theme.id]);
    const idea = await db.item.findFirstOrThrow({ where: { tableId: id, kind: "IDEA" }, select: { status: true, keywords: { select: { term: true } } } });
    expect(idea).toEqual({ status: "PROPOSEE", keywords: [{ term: "stages croisés" }] });
    // Caracol already existed (cited in Paris): the participant is linked to it, not to a copy.
    expect(await db.organisation.count({ where: { nameKey: { contains: "caracol" } } })).toBe(1);
    await db.rencontre.update({ where: { id: bordeauxId }, data: { status: "PUBLISHED" } });
    const found = await searchItems("IDEA", parseCatalogueQuery({ q: "stage croise", theme: "apprentissage-et-formation" }).filters);
    expect(found.items.map((i) => i.text)).toEqual(["Des **stages croisés** entre écoles"]);
  });

  it("keeps an idea's follow-up when its text is edited, and deletes the rows taken out", async () => {
    const table3 = await formOf(admin, parisId, 3);
    const first = await db.item.findUniqueOrThrow({ where: { id: table3.ideas[0]!.id! }, select: { id: true } });
    await db.item.update({ where: { id: first.id }, data: { status: "EN_COURS" } });
    await updateTable(admin, table3.id, { ...table3, ideas: [{ ...table3.ideas[0]!, text: "Texte revu" }] });
    const ideas = await db.item.findMany({ where: { tableId: table3.id, kind: "IDEA" }, select: { id: true, text: true, status: true } });
    expect(ideas).toEqual([{ id: first.id, text: "Texte revu", status: "EN_COURS" }]);
  });

  it("replaces an edited item's keywords and themes, and drops the mentions its text no longer names", async () => {
    const mentioned = await db.itemMention.findFirstOrThrow({
      where: { item: { rencontreId: parisId } },
      select: { itemId: true, organisationId: true, item: { select: { table: { select: { number: true } } } } },
    });
    const form = await formOf(admin, parisId, mentioned.item.table.number);
    const theme = await db.theme.findFirstOrThrow({ where: { slug: "lieux-et-espaces-de-rencontre" }, select: { id: true } });
    const edit = (row: TableFormInput["ideas"][number]) =>
      row.id === mentioned.itemId ? { ...row, text: "Un **texte revu** sans organisation", themes: [theme.id] } : row;
    const untouched = [...form.examples, ...form.ideas].find((row) => row.id !== mentioned.itemId && /\*\*/.test(row.text))!;
    const keywordsBefore = await db.itemKeyword.count({ where: { itemId: untouched.id! } });

    await updateTable(admin, form.id, { ...form, examples: form.examples.map(edit), ideas: form.ideas.map(edit) });

    const item = await db.item.findUniqueOrThrow({
      where: { id: mentioned.itemId },
      select: { keywords: { select: { term: true } }, themes: { select: { themeId: true } }, mentions: { select: { organisationId: true } } },
    });
    expect(item).toEqual({ keywords: [{ term: "texte revu" }], themes: [{ themeId: theme.id }], mentions: [] });
    // The other items of the table keep theirs, rewritten from their unchanged text.
    expect(await db.itemKeyword.count({ where: { itemId: untouched.id! } })).toBe(keywordsBefore);
    expect(keywordsBefore).toBeGreaterThan(0);
  });

  it("refuses a copy read before someone else's save, and writes nothing", async () => {
    const stale = await formOf(rapporteur, bordeauxId, 1);
    await updateTable(admin, stale.id, { ...stale, objectives: [{ id: null, text: "Celui de l'organisatrice" }] });
    await expect(updateTable(rapporteur, stale.id, { ...stale, objectives: [{ id: null, text: "Celui du rapporteur" }] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await formOf(admin, bordeauxId, 1)).objectives.map((o) => o.text)).toEqual(["Celui de l'organisatrice"]);
  });

  it("treats a rencontre the rapporteur is not invited to as missing", async () => {
    const table1 = await formOf(admin, parisId, 1);
    expect(await getTableForEdit(rapporteur, parisId, { number: 1 })).toBeNull();
    await expect(updateTable(rapporteur, table1.id, { ...table1, objectives: [] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await formOf(admin, parisId, 1)).objectives).toHaveLength(3);
  });

  it("refuses a number another table has and a person listed twice, rolling everything back", async () => {
    const table2 = await formOf(admin, parisId, 2);
    await expect(updateTable(admin, table2.id, { ...table2, number: 3 })).rejects.toMatchObject({ code: "INVALID", field: "number" });
    const twice = { id: null, name: "Alice Martin", organisation: null, status: null };
    await expect(
      updateTable(admin, table2.id, { ...table2, objectives: [], participants: [twice, { ...twice, name: "ALICE MARTIN" }] }),
    ).rejects.toMatchObject({ code: "INVALID", field: "participants.1.name" });
    const after = await formOf(admin, parisId, 2);
    expect(after.version).toBe(table2.version);
    expect(after.objectives).toHaveLength(3);
    expect(after.participants).toHaveLength(6);
  });
});
