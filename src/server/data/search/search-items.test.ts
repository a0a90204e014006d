import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { stripMarkup } from "@/lib/text/normalize";
import { db } from "@/server/db";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { searchItems } from "./search-items";

const filters = (query: Record<string, string | string[]>): CatalogueFilters => parseCatalogueQuery(query).filters;
const texts = (result: Awaited<ReturnType<typeof searchItems>>) => result.items.map((i) => `${i.table.number}: ${stripMarkup(i.text)}`);

beforeEach(async () => {
  await seedParis2021();
});

describe("searchItems on the Paris 2021 catalogue", () => {
  it("lists all 42 ideas, 20 a page, with facets", async () => {
    const result = await searchItems("IDEA", filters({}));
    expect(result.total).toBe(42);
    expect(result.pageCount).toBe(3);
    expect(result.items).toHaveLength(20);
    expect(result.items[0]!.table.number).toBe(1);
    expect(result.facets.statut).toEqual([{ value: "PROPOSEE", label: "PROPOSEE", count: 42, selected: false }]);
    expect(result.facets.theme.find((t) => t.label === "Apprentissage et formation")?.count).toBe(4);
    expect(result.facets.ville).toEqual([{ value: "paris", label: "Paris", count: 42, selected: false }]);
  });

  it("filters by theme and finds the unités d'enseignement", async () => {
    const result = await searchItems("IDEA", filters({ theme: "apprentissage-et-formation" }));
    expect(texts(result)).toContain("2: Des unités d'enseignement communes");
    expect(result.total).toBe(4);
    // The theme facet counts every theme given the other filters (none here), not just the chosen one.
    expect(result.facets.theme.find((t) => t.value === "lieux-et-espaces-de-rencontre")?.count).toBeGreaterThan(0);
    expect(result.facets.theme.find((t) => t.value === "apprentissage-et-formation")?.selected).toBe(true);
  });

  it("combines several themes (any of them) with the other filters", async () => {
    const two = await searchItems("IDEA", filters({ theme: ["apprentissage-et-formation", "dispositions-legislatives"] }));
    expect(two.total).toBe(6);
    const narrowed = await searchItems("IDEA", filters({ theme: ["apprentissage-et-formation", "dispositions-legislatives"], q: "financements" }));
    expect(texts(narrowed)).toEqual(["6: L'obtention de financements pour les temps de création de lien ES/TS"]);
  });

  it("searches regardless of case, accents and simple plurals", async () => {
    const visMaVie = await searchItems("IDEA", filters({ q: "vis ma vie" }));
    expect(visMaVie.items.map((i) => i.table.number)).toEqual([3, 5]);
    const accents = await searchItems("IDEA", filters({ q: "INTER ECOLES" }));
    expect(texts(accents)).toEqual(["3: Des projets inter-écoles de différents domaines, avec les IRTS"]);
    const plural = await searchItems("IDEA", filters({ q: "formation" }));
    expect(texts(plural)).toEqual(expect.arrayContaining([expect.stringMatching(/Des formations communes/), expect.stringMatching(/formations sociales/)]));
    const singular = await searchItems("IDEA", filters({ q: "formations" }));
    expect(singular.total).toBe(plural.total);
    // Word beginnings only: "tion" is inside words, never at their start.
    expect((await searchItems("IDEA", filters({ q: "tion" }))).total).toBe(0);
  });

  it("finds items by the organisations they cite and those of their table", async () => {
    const cited = await searchItems("EXAMPLE", filters({ q: "caracol" }));
    // Table 1's example cites Caracol; tables 1 and 2 had someone from Caracol.
    expect(new Set(cited.items.map((i) => i.table.number))).toEqual(new Set([1, 2]));
    const byFilter = await searchItems("EXAMPLE", filters({ organisation: "caracol" }));
    expect(byFilter.total).toBe(cited.total);
    expect(byFilter.facets.organisation.find((o) => o.value === "caracol")).toMatchObject({ selected: true });
  });

  it("returns no item past the last page, and the right total", async () => {
    const result = await searchItems("IDEA", filters({ page: "99" }));
    expect(result).toMatchObject({ total: 42, page: 99, pageCount: 3, items: [] });
  });

  it("ignores unknown filter values and says which", async () => {
    const result = await searchItems("IDEA", filters({ theme: "n-existe-pas", ville: "atlantide", rencontre: "paris-2021" }));
    expect(result.total).toBe(42);
    expect(result.unknown).toEqual(["thème « n-existe-pas »", "ville « atlantide »"]);
    const parsed = parseCatalogueQuery({ theme: "<script>", statut: "fini", page: "-3", q: ["a", "b"] });
    expect(parsed.ignored).toEqual(["thème « <script> »", "statut « fini »", "page « -3 »"]);
    expect(parsed.filters).toMatchObject({ themes: [], statuses: [], page: 1, q: "a" });
  });

  it("hides drafts from every count and result", async () => {
    await db.rencontre.updateMany({ data: { status: "DRAFT" } });
    const result = await searchItems("IDEA", filters({ q: "vis ma vie" }));
    expect(result.total).toBe(0);
    expect(result.facets.theme).toEqual([]);
  });
});

describe("organisations named only in drafts", () => {
  it("never show their name in the facet of ?organisation=<slug>: the slug is reported as unknown", async () => {
    const draft = await db.rencontre.create({ data: { slug: "brouillon-secret", title: "Brouillon", city: "Lyon", cityKey: "lyon", date: new Date("2026-03-01") } });
    const table = await db.table.create({ data: { rencontreId: draft.id, number: 1 } });
    const org = await db.organisation.create({ data: { slug: "fondation-confidentielle", name: "Fondation Confidentielle", nameKey: "fondation confidentielle" } });
    const person = await db.person.create({ data: { lastName: "Secret", fullName: "Alix Secret", nameKey: "alix secret" } });
    await db.participation.create({ data: { tableId: table.id, personId: person.id, organisationId: org.id, position: 0 } });

    const result = await searchItems("IDEA", filters({ organisation: "fondation-confidentielle" }));
    expect(JSON.stringify(result)).not.toContain("Fondation Confidentielle");
    expect(result.unknown).toEqual(["organisation « fondation-confidentielle »"]);
    expect(result.total).toBe(42);
  });
});
