import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { findRencontres } from "@/server/data/rencontres/find-rencontres";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { findOrganisations } from "./find-organisations";
import { getOrganisation } from "./get-organisation";

beforeEach(async () => {
  await seedParis2021();
});

describe("organisations of the public catalogue", () => {
  it("shows Caracol at tables 1 and 2 of Paris 2021, and the example that cites it", async () => {
    const caracol = (await getOrganisation("caracol"))!;
    expect(caracol.kind).toBe("ASSOCIATION");
    expect(caracol.tables).toEqual([
      {
        rencontre: expect.objectContaining({ slug: "paris-2021", city: "Paris" }),
        tables: [
          { number: 1, people: ["Edouard COMPAIN-TISSIER"] },
          { number: 2, people: ["Elisa DESQUE"] },
        ],
      },
    ]);
    expect(caracol.items.map((i) => i.text)).toEqual(["Les colocations solidaires proposées par l'association **Caracol**"]);
  });

  it("names hidden people Participant·e and forgets organisations of drafts", async () => {
    await db.person.updateMany({ where: { nameKey: "elisa desque" }, data: { visibility: "HIDDEN" } });
    expect((await getOrganisation("caracol"))!.tables[0]!.tables[1]).toEqual({ number: 2, people: ["Participant·e"] });
    await db.rencontre.updateMany({ data: { status: "DRAFT" } });
    expect(await getOrganisation("caracol")).toBeNull();
    expect((await findOrganisations("", 1)).total).toBe(0);
  });

  it("finds organisations by name whatever the case, accents and apostrophes", async () => {
    const result = await findOrganisations("TIRELIRES D’AVENIR", 1);
    expect(result.organisations.map((o) => [o.name, o.tables])).toEqual([["Tirelires d'Avenir", 2]]);
    expect((await findOrganisations("fondation credit cooperatif", 1)).organisations.map((o) => o.name)).toEqual(["Fondation Crédit Coopératif"]);
    const all = await findOrganisations("", 1);
    expect(all.total).toBeGreaterThan(40);
    expect(all.organisations.length).toBe(all.total);
    const past = await findOrganisations("", 9);
    expect(past).toMatchObject({ organisations: [], pageCount: 1 });
    // A LIKE wildcard typed by a visitor matches nothing by itself.
    expect((await findOrganisations("Fond_ation", 1)).total).toBe(0);
  });

  it("lists published rencontres by city and year, and ignores unknown values", async () => {
    const all = await findRencontres(null, null);
    expect(all.rencontres.map((r) => [r.slug, r.tables, r.participants, r.examples, r.ideas])).toEqual([["paris-2021", 6, 45, 29, 42]]);
    expect(all.cities).toEqual([{ value: "paris", label: "Paris", count: 1 }]);
    expect(all.years).toEqual([{ value: 2021, count: 1 }]);
    const unknown = await findRencontres("atlantide", 1999);
    expect(unknown.unknown).toEqual(["ville « atlantide »", "année « 1999 »"]);
    expect(unknown.rencontres).toHaveLength(1);
  });
});
