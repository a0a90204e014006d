import { beforeEach, describe, expect, it } from "vitest";
import { TableFormSchema } from "@/lib/schemas/table-form";
import { systemActor, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { updateTable } from "@/server/data/tables/update-table";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { backfillRecurrence } from "./backfill-recurrence";
import { importLyon2024 } from "../../../../tests/helpers/import-lyon";

let admin: Actor;

const importLyon = () => importLyon2024();

/** Proposed pairs as "rencontre table: text ↔ rencontre table: text", texts cut to their first words. */
async function proposals(state: "PROPOSED" | "REJECTED" | "CONFIRMED" = "PROPOSED") {
  const side = { select: { plainText: true, table: { select: { number: true } }, rencontre: { select: { city: true } } } } as const;
  const links = await db.itemLink.findMany({ where: { state }, select: { score: true, from: side, to: side } });
  const label = (i: (typeof links)[number]["from"]) => `${i.rencontre.city} ${i.table.number}: ${i.plainText.split(" ").slice(0, 4).join(" ")}`;
  return links.map((l) => [label(l.from), label(l.to)].sort().join(" ↔ ")).sort();
}

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
});

describe("refreshRecurrence", () => {
  it("indexes the seed without proposing the links its synthesis already made", async () => {
    expect(await db.itemTerm.count()).toBeGreaterThan(300);
    const relations = await db.itemRelation.findMany({ select: { fromId: true, toId: true } });
    expect(relations.length).toBeGreaterThan(0);
    const proposed = await db.itemLink.findMany({ select: { fromId: true, toId: true } });
    for (const r of relations) expect(proposed).not.toContainEqual(r);
  });

  it("proposes the seed's ideas reworded at another rencontre, and nothing for a new idea", async () => {
    await importLyon();
    const lyon = (await proposals()).filter((p) => p.includes("Lyon"));
    expect(lyon).toEqual(
      expect.arrayContaining([
        "Lyon 1: Un observatoire qui répertorie ↔ Paris 1: Un observatoire des bonnes",
        "Lyon 1: Des rendez-vous « Vis ↔ Paris 3: Des rendez-vous \"Vis ma",
        "Lyon 2: Des stages de découverte ↔ Paris 1: Un stage de découverte",
      ]),
    );
    expect(lyon.some((p) => p.includes("fête de quartier"))).toBe(false);
    for (const link of await db.itemLink.findMany({ select: { score: true } })) expect(link.score).toBeGreaterThanOrEqual(0.45);
  });

  it("never proposes a rejected pair again when the table is saved with the text changed", async () => {
    const lyonId = await importLyon();
    // Ids are random: the Lyon idea may be either side of the pair.
    const lyonIdea = { rencontreId: lyonId, plainText: { startsWith: "Un observatoire qui" } };
    const parisIdea = { plainText: { startsWith: "Un observatoire des bonnes" } };
    const pair = await db.itemLink.findFirstOrThrow({
      where: { OR: [{ from: lyonIdea, to: parisIdea }, { from: parisIdea, to: lyonIdea }] },
      select: { fromId: true, toId: true },
    });
    await db.itemLink.update({ where: { fromId_toId: pair }, data: { state: "REJECTED", decidedAt: new Date() } });
    const table = (await getTableForEdit(admin, lyonId, { number: 1 }))!;
    const form = TableFormSchema.parse(table);
    await updateTable(admin, table.id, { ...form, ideas: form.ideas.map((i) => (i.text.includes("observatoire") ? { ...i, text: `${i.text}, en ligne` } : i)) });
    expect(await proposals("REJECTED")).toEqual(["Lyon 1: Un observatoire qui répertorie ↔ Paris 1: Un observatoire des bonnes"]);
    expect((await proposals()).some((p) => p.startsWith("Lyon 1: Un observatoire qui répertorie ↔ Paris 1: Un observatoire des"))).toBe(false);
  });

  it("proposes again the pairs of an edited idea, and drops those of a removed one", async () => {
    const lyonId = await importLyon();
    const table = (await getTableForEdit(admin, lyonId, { number: 1 }))!;
    const form = TableFormSchema.parse(table);
    await updateTable(admin, table.id, { ...form, ideas: form.ideas.filter((i) => !i.text.includes("Vis ma vie")).map((i) => (i.text.includes("fête") ? { ...i, text: "Des **alliances d’intérêt général** pour analyser le cycle de vie d’un problème social" } : i)) });
    const lyon = (await proposals()).filter((p) => p.includes("Lyon 1"));
    expect(lyon.some((p) => p.includes("Vis"))).toBe(false);
    expect(lyon).toContain("Lyon 1: Des alliances d’intérêt général ↔ Paris 1: Des alliances d'intérêt général");
  });
});

describe("backfillRecurrence", () => {
  it("indexes the items written before the index, and proposes their pairs again", async () => {
    const before = await proposals();
    await db.itemLink.deleteMany({});
    await db.itemTerm.deleteMany({});
    expect(await backfillRecurrence(systemActor("setup"))).toBe(await db.item.count());
    expect(await proposals()).toEqual(before);
    expect(await backfillRecurrence(systemActor("setup"))).toBe(0);
  });
});
