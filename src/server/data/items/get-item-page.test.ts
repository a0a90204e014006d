import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import { TableFormSchema } from "@/lib/schemas/table-form";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { setPersonVisibility } from "@/server/data/people/set-person-visibility";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { findItemSitemapPage } from "@/server/data/sitemap/find-item-sitemap";
import { createTable } from "@/server/data/tables/create-table";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { updateTable } from "@/server/data/tables/update-table";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user, type UserActor } from "../../../../tests/helpers/users";
import { SEED_FILE } from "../../../../tests/setup/paths";
import { backfillItemSlugs } from "./backfill-item-slugs";
import { addFollowUp } from "./follow-up";
import { getItemPage } from "./get-item-page";

const OBSERVATORY = "un-observatoire-des-bonnes-pratiques-repertoriant-les-actions";
let admin: UserActor;
let parisId: string;

const ideaBySlug = (slug: string) => db.item.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true, tableId: true } });

beforeEach(async () => {
  await seedParis2021();
  parisId = (await db.rencontre.findFirstOrThrow({ select: { id: true } })).id;
  admin = await user("orga@example.org", "ADMIN");
});

describe("item addresses", () => {
  it("gives every imported item its own address from its first words", async () => {
    const items = await db.item.findMany({ select: { slug: true } });
    expect(items).toHaveLength(71);
    expect(new Set(items.map((i) => i.slug)).size).toBe(71);
    expect(items.every((i) => i.slug && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(i.slug))).toBe(true);
    expect(items.map((i) => i.slug)).toContain(OBSERVATORY);
  });

  it("keeps an item's address when its table is saved with the item edited and moved, and gives new rows theirs", async () => {
    const { tableId } = await ideaBySlug(OBSERVATORY);
    const table = (await getTableForEdit(admin, parisId, { id: tableId }))!;
    const form = TableFormSchema.parse(table);
    const observatory = form.ideas.find((i) => i.text.includes("observatoire des bonnes pratiques"))!;
    const others = form.ideas.filter((i) => i !== observatory);
    await updateTable(admin, tableId, {
      ...form,
      ideas: [
        { id: null, text: observatory.text, themes: [] },
        ...others,
        { ...observatory, text: "Un **observatoire des bonnes pratiques** locales, tenu à jour par les participant·es" },
      ],
    });
    const page = (await getItemPage("IDEA", OBSERVATORY))!;
    expect(page.text).toBe("Un **observatoire des bonnes pratiques** locales, tenu à jour par les participant·es");
    expect(page.table.number).toBe(1);
    // The new row with the old text gets the next address, not the kept item's.
    expect((await getItemPage("IDEA", `${OBSERVATORY}-2`))!.text).toBe(observatory.text);
  });

  it("numbers the addresses of items with the same first words, past the twenty looked up first", async () => {
    const { tableId } = await ideaBySlug(OBSERVATORY);
    const form = TableFormSchema.parse((await getTableForEdit(admin, parisId, { id: tableId }))!);
    const same = (n: number) => Array.from({ length: n }, () => ({ id: null, text: "Une **même idée** reprise", themes: [] }));
    await updateTable(admin, tableId, { ...form, ideas: [...form.ideas, ...same(21)] });
    const again = TableFormSchema.parse((await getTableForEdit(admin, parisId, { id: tableId }))!);
    await updateTable(admin, tableId, { ...again, ideas: [...again.ideas, ...same(2)] });
    const slugs = (await db.item.findMany({ where: { slug: { startsWith: "une-meme-idee-reprise" } }, select: { slug: true } })).map((i) => i.slug);
    expect(slugs.sort()).toEqual(["une-meme-idee-reprise", ...Array.from({ length: 22 }, (_, i) => `une-meme-idee-reprise-${i + 2}`)].sort());
  });

  it("keeps every address and the follow-up when the same compte rendu is imported again", async () => {
    const before = await db.item.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    const { version } = await ideaBySlug(OBSERVATORY);
    await addFollowUp(admin, (await ideaBySlug(OBSERVATORY)).id, FollowUpSchema.parse({ status: "EN_COURS", date: "2022-03-01", text: "Lancé.", version }));
    const outcome = await importCompteRendu(systemActor("test"), readFileSync(SEED_FILE), { publish: true });
    expect(outcome.ok && outcome.summary.created).toBe(false);
    expect(await db.item.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).toEqual(before);
    const page = (await getItemPage("IDEA", OBSERVATORY))!;
    expect([page.status, page.statusChanges.map((c) => c.status), page.notes.map((n) => n.text)]).toEqual(["EN_COURS", ["EN_COURS"], ["Lancé."]]);
  });

  it("backfills the items written before they had addresses", async () => {
    await db.item.updateMany({ where: { table: { number: { in: [1, 2] } } }, data: { slug: null } });
    expect(await backfillItemSlugs(systemActor("setup"))).toBe(27);
    expect(await db.item.count({ where: { slug: null } })).toBe(0);
    expect((await getItemPage("IDEA", OBSERVATORY))!.table.number).toBe(1);
    expect(await backfillItemSlugs(systemActor("setup"))).toBe(0);
  });
});

describe("getItemPage", () => {
  it("shows an idea's table, rencontre, themes, keywords and the ideas already linked to it", async () => {
    const page = (await getItemPage("IDEA", OBSERVATORY))!;
    expect(page.kind).toBe("IDEA");
    expect(page.table.number).toBe(1);
    expect(page.rencontre).toMatchObject({ slug: "paris-2021", city: "Paris" });
    expect(page.keywords).toEqual(["observatoire des bonnes pratiques"]);
    expect(page.themes.map((t) => t.name)).toEqual(["Instances et outils tiers entre l'ESS et le travail social"]);
    expect(page.status).toBe("PROPOSEE");
    expect(page.related).toEqual([]);
    // "Vis ma vie": the same keywords at table 5, and the synthesis's line that sums up tables 3, 5 and 6.
    const visMaVie = (await getItemPage("IDEA", "des-rendez-vous-vis-ma-vie-entre-ts-et-es"))!;
    expect(visMaVie.related.map((r) => [r.table, r.slug])).toEqual([
      [5, "des-rendez-vous-vis-ma-vie-entre-ts-et-es-sur-le-temps-long"],
      [6, "des-sessions-d-echange-de-place-d-une-semaine-pour-decouvrir-le"],
    ]);
    // The same idea's page is not an example's.
    expect(await getItemPage("EXAMPLE", OBSERVATORY)).toBeNull();
  });

  it("lists status changes and notes by date with no trace of who wrote them", async () => {
    const { id, version } = await ideaBySlug(OBSERVATORY);
    await addFollowUp(admin, id, FollowUpSchema.parse({ status: "EN_COURS", date: "2022-03-01", text: "Premier groupe de travail.", version }));
    await addFollowUp(admin, id, FollowUpSchema.parse({ status: "EN_COURS", date: "2022-06-01", text: "Une note sans changement.", version: version + 1 }));
    await addFollowUp(admin, id, FollowUpSchema.parse({ status: "REALISEE", date: "2023-01-15", text: "", version: version + 2 }));
    const page = (await getItemPage("IDEA", OBSERVATORY))!;
    expect(page.status).toBe("REALISEE");
    expect(page.statusChanges.map((c) => [c.changedAt.toISOString().slice(0, 10), c.status])).toEqual([
      ["2022-03-01", "EN_COURS"],
      ["2023-01-15", "REALISEE"],
    ]);
    expect(page.notes.map((n) => [n.date.toISOString().slice(0, 10), n.text])).toEqual([
      ["2022-03-01", "Premier groupe de travail."],
      ["2022-06-01", "Une note sans changement."],
    ]);
    // The author is kept for the organisers, and nowhere in what the public page reads.
    expect(await db.ideaStatusChange.findMany({ where: { itemId: id }, select: { authorUserId: true } })).toEqual([{ authorUserId: admin.id }, { authorUserId: admin.id }]);
    const shown = JSON.stringify(page);
    expect(shown).not.toContain(admin.id);
    expect(shown).not.toContain(admin.email);
    expect(shown).not.toContain("author");
  });

  it("names no participant of the table, hidden ones above all", async () => {
    const { tableId } = await ideaBySlug(OBSERVATORY);
    const people = await db.participation.findMany({ where: { tableId }, select: { person: { select: { id: true, fullName: true, version: true } } } });
    await setPersonVisibility(admin, people[0]!.person.id, { visibility: "HIDDEN", version: people[0]!.person.version });
    const items = await db.item.findMany({ where: { tableId }, select: { kind: true, slug: true } });
    for (const item of items) {
      const shown = JSON.stringify(await getItemPage(item.kind, item.slug!));
      for (const { person } of people) expect(shown).not.toContain(person.fullName);
    }
  });

  it("finds nothing in a draft rencontre, nor in a rencontre taken back to draft", async () => {
    const draftId = (
      await createRencontre(admin, { title: "Grande Rencontre de Lyon", city: "Lyon", date: "2024-05-02", territory: null, venueName: null, introduction: "", studyTitle: null, study: "", roundTableText: "", workshopFormat: "", closingText: "" })
    ).id;
    const table = await createTable(admin, draftId, { number: 1, title: null });
    const form = TableFormSchema.parse((await getTableForEdit(admin, draftId, { id: table.id }))!);
    await updateTable(admin, table.id, { ...form, ideas: [{ id: null, text: "Une **maison des projets** lyonnaise", themes: [] }] });
    const draftSlug = (await db.item.findFirstOrThrow({ where: { rencontreId: draftId }, select: { slug: true } })).slug!;
    expect(draftSlug).toBe("une-maison-des-projets-lyonnaise");
    expect(await getItemPage("IDEA", draftSlug)).toBeNull();
    expect((await findItemSitemapPage(1)).map((r) => r.slug)).not.toContain(draftSlug);

    const paris = await db.rencontre.findUniqueOrThrow({ where: { id: parisId }, select: { version: true } });
    await setRencontreStatus(admin, { id: parisId, status: "DRAFT", version: paris.version });
    expect(await getItemPage("IDEA", OBSERVATORY)).toBeNull();
    expect(await findItemSitemapPage(1)).toEqual([]);
  });
});
