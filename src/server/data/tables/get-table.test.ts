import { beforeEach, describe, expect, it } from "vitest";
import { stripMarkup } from "@/lib/text/normalize";
import { db } from "@/server/db";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { getTable } from "./get-table";

beforeEach(async () => {
  await seedParis2021();
});

describe("getTable", () => {
  it("gives a table's people, objectives, examples and ideas, with its neighbours", async () => {
    const table = (await getTable("paris-2021", 3))!;
    expect(table.participants).toHaveLength(9);
    expect(table.participants[0]).toEqual({ name: "Claire ENGRAND", organisation: null, status: "en création d'entreprise" });
    expect(table.objectives.map((o) => o.text)).toEqual(["Changer de regard, de posture et de cadre", "Apprendre les uns des autres", "Construire des actions ensemble"]);
    expect(table.examples).toHaveLength(5);
    expect(table.ideas).toHaveLength(7);
    expect([table.previous, table.next, table.tableCount]).toEqual([2, 4, 6]);
    const first = (await getTable("paris-2021", 1))!;
    const last = (await getTable("paris-2021", 6))!;
    expect([first.previous, last.next]).toEqual([null, null]);
  });

  it("links the same idea raised at another table", async () => {
    const table = (await getTable("paris-2021", 3))!;
    const visMaVie = table.ideas.find((i) => /Vis ma vie/.test(i.text))!;
    expect(visMaVie.related.map((r) => [r.table, stripMarkup(r.text)])).toEqual([[5, 'Des rendez-vous "Vis ma vie" entre TS et ES, sur le temps long']]);
  });

  it("names a person who chose not to appear as Participant·e, with their organisation", async () => {
    await db.person.updateMany({ where: { nameKey: "laurence mari" }, data: { visibility: "HIDDEN" } });
    const table = (await getTable("paris-2021", 3))!;
    expect(table.participants.map((p) => p.name)).not.toContain("Laurence MARI");
    expect(table.participants).toContainEqual({ name: "Participant·e", organisation: { slug: "dgcs", name: "DGCS" }, status: null });
    const rencontre = (await getRencontre("paris-2021"))!;
    expect(rencontre.panelists.map((p) => p.name)).toContain("Participant·e");
    expect(JSON.stringify(rencontre)).not.toContain("Laurence MARI");
  });

  it("finds nothing for a draft, a missing rencontre or a missing table", async () => {
    expect(await getTable("paris-2021", 7)).toBeNull();
    expect(await getTable("lyon-2030", 1)).toBeNull();
    await db.rencontre.updateMany({ data: { status: "DRAFT" } });
    expect(await getTable("paris-2021", 1)).toBeNull();
    expect(await getRencontre("paris-2021")).toBeNull();
  });
});
