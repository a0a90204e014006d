import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { OrganisationFormSchema, OrganisationMergeSchema, type OrganisationFormInput } from "@/lib/schemas/organisation-form";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { searchItems } from "@/server/data/search/search-items";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { findOrganisations } from "./find-organisations";
import { getOrganisation } from "./get-organisation";
import { user } from "../../../../tests/helpers/users";
import { findOrganisationMergeChoices } from "./find-organisation-merge-choices";
import { ADMIN_ORGANISATIONS_PER_PAGE, findOrganisationsForAdmin } from "./find-organisations-for-admin";
import { getOrganisationForEdit } from "./get-organisation-for-edit";
import { mergeOrganisations } from "./merge-organisations";
import { updateOrganisation } from "./update-organisation";

let admin: Actor;
const rapporteur: Actor = { kind: "user", id: "rapporteur", role: "RAPPORTEUR", email: "rapporteur@example.org" };

const idOf = async (slug: string) => (await db.organisation.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;

/** The edit form's content for an organisation as it is saved now. */
async function formOf(slug: string): Promise<OrganisationFormInput & { id: string }> {
  const org = (await getOrganisationForEdit(admin, await idOf(slug)))!;
  const asTyped = Object.fromEntries(Object.entries(org).map(([k, v]) => [k, v ?? undefined]));
  return { id: org.id, ...OrganisationFormSchema.parse(asTyped) };
}

/** The table numbers of every published idea the catalogue finds for q, all pages read. */
async function ideasFound(q: string): Promise<number[]> {
  const numbers: number[] = [];
  for (let page = 1; ; page += 1) {
    const result = await searchItems("IDEA", parseCatalogueQuery({ q, page: String(page) }).filters);
    numbers.push(...result.items.map((i) => i.table.number));
    if (page >= result.pageCount) return numbers;
  }
}

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
});

describe("organisation administration: list and search", () => {
  it("finds organisations by name whatever the case and accents, with their uses", async () => {
    const found = await findOrganisationsForAdmin(admin, { q: "DÉPARTEMENT des hauts-de-seine" });
    expect(found.organisations).toEqual([expect.objectContaining({ slug: "departement-des-hauts-de-seine", participations: 2, mentions: 0, rencontres: 0 })]);
    const caracol = (await findOrganisationsForAdmin(admin, { q: "caracol" })).organisations[0]!;
    expect(caracol).toMatchObject({ name: "Caracol", kind: "ASSOCIATION", participations: 2, mentions: 1 });
    expect((await findOrganisationsForAdmin(admin, { q: "la compagnie generale" })).organisations[0]).toMatchObject({ rencontres: 1 });
    expect((await findOrganisationsForAdmin(admin, { q: "Fond_ation%" })).total).toBe(0);
  });

  it("pages the whole list by fifty", async () => {
    // The seed has some forty organisations: a few more make a second page.
    await db.organisation.createMany({ data: Array.from({ length: 12 }, (_, n) => ({ slug: `zz-${n}`, name: `ZZ ${n}`, nameKey: `zz ${n}` })) });
    const first = await findOrganisationsForAdmin(admin, {});
    expect(first.total).toBeGreaterThan(ADMIN_ORGANISATIONS_PER_PAGE);
    expect(first.organisations).toHaveLength(ADMIN_ORGANISATIONS_PER_PAGE);
    const second = await findOrganisationsForAdmin(admin, { page: 2 });
    expect(second.organisations).toHaveLength(first.total - ADMIN_ORGANISATIONS_PER_PAGE);
    expect(second.pageCount).toBe(2);
    const choices = await findOrganisationMergeChoices(admin, await idOf("caracol"), "hauts seine");
    expect(choices).toEqual({ choices: [expect.objectContaining({ name: "Département des Hauts-de-Seine" })], hasMore: false });
    expect(await getOrganisationForEdit(admin, "inconnue")).toBeNull();
  });
});

describe("updateOrganisation", () => {
  it("saves the fields, keeps the slug, and search finds the items of its tables by the new name", async () => {
    const { id, ...form } = await formOf("moulinot");
    expect(await ideasFound("compost")).toEqual([]);
    const { version } = await updateOrganisation(admin, id, { ...form, name: "Moulinot Compost Solidaire", city: "Paris", website: "https://www.moulinot.fr", description: "Collecte des biodéchets." });
    expect(version).toBe(form.version + 1);
    expect(await getOrganisation("moulinot")).toMatchObject({ name: "Moulinot Compost Solidaire", city: "Paris", website: "https://www.moulinot.fr" });
    expect(await db.organisation.findUnique({ where: { id }, select: { nameKey: true, slug: true } })).toEqual({ nameKey: "moulinot compost solidaire", slug: "moulinot" });
    const found = await ideasFound("compost");
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set([1]));
    expect(await db.auditLog.count({ where: { action: "UPDATE", entityType: "Organisation", entityId: id } })).toBe(1);
  });

  it("refuses the name of another organisation on the name field, and a stale copy with CONFLICT, writing nothing", async () => {
    const { id, ...form } = await formOf("caracol");
    await expect(updateOrganisation(admin, id, { ...form, name: "tirelires d’avenir" })).rejects.toMatchObject({ code: "INVALID", field: "name" });
    await updateOrganisation(admin, id, { ...form, city: "Paris" });
    await expect(updateOrganisation(admin, id, { ...form, city: "Lyon" })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await formOf("caracol")).toMatchObject({ name: "Caracol", city: "Paris", version: form.version + 1 });
    await expect(updateOrganisation(admin, "inconnue", form)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("accepts only http and https web addresses", () => {
    const base = { name: "Caracol", kind: "ASSOCIATION", version: "1" };
    for (const website of ["javascript:alert(1)", "data:text/html,x", "ftp://caracol.fr", "caracol.fr"]) {
      expect(OrganisationFormSchema.safeParse({ ...base, website }).error?.issues[0]?.path).toEqual(["website"]);
    }
    expect(OrganisationFormSchema.parse({ ...base, website: " https://caracol.fr/ ", city: "" })).toMatchObject({ website: "https://caracol.fr/", city: null, description: null });
    expect(OrganisationFormSchema.safeParse({ ...base, kind: "PIRATE" }).error?.issues[0]?.path).toEqual(["kind"]);
  });
});

describe("mergeOrganisations", () => {
  it("moves every link of the duplicate to the organisation kept, once, and the public pages and search follow", async () => {
    const duplicateId = await idOf("conseil-departemental-92");
    const keepId = await idOf("departement-des-hauts-de-seine");
    const rencontreId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
    // Links both already have, which the composite keys forbid twice, and a speaker.
    const item = await db.item.findFirstOrThrow({ where: { table: { number: 5 } }, select: { id: true } });
    await db.itemMention.createMany({ data: [{ itemId: item.id, organisationId: duplicateId }, { itemId: item.id, organisationId: keepId }] });
    await db.rencontreOrganisation.createMany({
      data: [
        { rencontreId, organisationId: duplicateId, role: "PARTNER", position: 10 },
        { rencontreId, organisationId: keepId, role: "PARTNER", position: 11 },
        { rencontreId, organisationId: duplicateId, role: "ORGANISER", position: 12 },
      ],
    });
    await db.organisation.update({ where: { id: duplicateId }, data: { website: "https://www.hauts-de-seine.fr" } });
    const speaker = await db.speaker.findFirstOrThrow({ select: { id: true } });
    await db.speaker.update({ where: { id: speaker.id }, data: { organisationId: duplicateId } });
    expect(await ideasFound("hauts seine")).not.toContain(5);
    expect((await findOrganisations("hauts seine", 1)).organisations.map((o) => o.tables)).toEqual([2]);

    expect(await mergeOrganisations(admin, duplicateId, keepId)).toEqual({ keepId, slug: "departement-des-hauts-de-seine" });

    expect(await db.organisation.findUnique({ where: { id: duplicateId } })).toBeNull();
    expect(await getOrganisation("conseil-departemental-92")).toBeNull();
    const kept = (await getOrganisationForEdit(admin, keepId))!;
    expect(kept).toMatchObject({ website: "https://www.hauts-de-seine.fr", uses: { participations: 3, mentions: 1, rencontres: 2, speakers: 1 } });
    expect(await db.rencontreOrganisation.findMany({ where: { organisationId: keepId }, orderBy: { role: "asc" }, select: { role: true } })).toEqual([{ role: "ORGANISER" }, { role: "PARTNER" }]);
    expect(await db.speaker.findUnique({ where: { id: speaker.id }, select: { organisationId: true } })).toEqual({ organisationId: keepId });
    expect((await findOrganisations("hauts seine", 1)).organisations.map((o) => [o.name, o.tables])).toEqual([["Département des Hauts-de-Seine", 3]]);
    expect((await getOrganisation("departement-des-hauts-de-seine"))!.tables[0]!.tables.map((t) => t.number)).toEqual([2, 4, 5]);
    // Table 5's ideas are now found by the kept name, no longer by the duplicate's.
    expect(await ideasFound("hauts seine")).toContain(5);
    expect(await ideasFound("conseil departemental 92")).not.toContain(5);
    expect(await db.auditLog.findFirst({ where: { action: "MERGE", entityType: "Organisation" }, select: { entityId: true, summary: true } })).toEqual({
      entityId: keepId,
      summary: expect.stringContaining("« Conseil Départemental 92 » (conseil-departemental-92) fusionnée dans « Département des Hauts-de-Seine » : 1 participation,"),
    });
  });

  it("refuses a merge into itself or into a missing organisation, and a rapporteur altogether", async () => {
    const id = await idOf("caracol");
    const keepId = await idOf("solinum");
    await expect(mergeOrganisations(admin, id, id)).rejects.toMatchObject({ code: "INVALID", field: "keepId" });
    await expect(mergeOrganisations(admin, id, "disparue")).rejects.toMatchObject({ code: "NOT_FOUND", field: "keepId" });
    await expect(mergeOrganisations(rapporteur, id, keepId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const { id: _id, ...form } = await formOf("caracol");
    await expect(updateOrganisation(rapporteur, id, { ...form, name: "Piratée" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findOrganisationsForAdmin(rapporteur, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOrganisationForEdit(rapporteur, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(findOrganisationMergeChoices(rapporteur, id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await getOrganisation("caracol")).toMatchObject({ name: "Caracol" });
  });

  it("reports a merge into itself on the field of the organisation kept", () => {
    const same = OrganisationMergeSchema.safeParse({ duplicateId: "a", keepId: "a", confirm: "oui" });
    expect(same.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["keepId", "Choisissez une autre organisation que celle-ci."]]);
    expect(OrganisationMergeSchema.safeParse({ duplicateId: "a", keepId: "b" }).error?.issues[0]?.path).toEqual(["confirm"]);
  });
});
