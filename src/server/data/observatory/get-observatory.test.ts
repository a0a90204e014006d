import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { projectRencontres } from "@/lib/observatory/projections";
import { NO_THEME, parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { searchItems } from "@/server/data/search/search-items";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { SEED_FILE } from "../../../../tests/setup/paths";
import { getObservatory } from "./get-observatory";

const SEED_THEMES = [
  "Lieux et espaces de rencontre",
  "Apprentissage et formation",
  "Communication et valorisation",
  "Dispositions législatives",
  "Instances et outils tiers entre l'ESS et le travail social",
];

/** What /pistes counts for a query string, through the same search the catalogue page uses. */
const catalogueTotal = async (query: Record<string, string>) => (await searchItems("IDEA", parseCatalogueQuery(query).filters)).total;

beforeEach(async () => {
  await seedParis2021();
});

describe("getObservatory", () => {
  it("shows Paris 2021 with the five themes' counts, the ideas without a theme, and the same figures as /pistes", async () => {
    const data = await getObservatory();
    expect(data.rencontres.map((r) => [r.city, r.year, r.ideas])).toEqual([["Paris", 2021, 42]]);
    expect(data.cities).toEqual([{ key: "paris", name: "Paris", ideas: 42 }]);
    expect(data.years).toEqual([{ year: 2021, ideas: 42, rencontre: data.rencontres[0]!.slug }]);
    expect(data.themes.map((t) => t.name.replace("’", "'"))).toEqual(expect.arrayContaining(SEED_THEMES));
    for (const theme of data.themes) {
      const total = await catalogueTotal({ theme: theme.slug! });
      expect([theme.name, theme.byRencontre[0], theme.total]).toEqual([theme.name, total, total]);
      expect(Object.values(theme.byStatus).reduce((a, b) => a + b, 0)).toBe(total);
      const paris = data.rencontres[0]!.slug;
      // The cells' links: the city's, and the year's only rencontre.
      expect([theme.byCity, theme.byYear]).toEqual([[total], [total]]);
      expect(await catalogueTotal({ theme: theme.slug!, ville: "paris" })).toBe(theme.byCity[0]);
      expect(await catalogueTotal({ theme: theme.slug!, rencontre: paris })).toBe(theme.byYear[0]);
    }
    expect(data.themes.filter((t) => t.total > 0)).toHaveLength(5);
    const unthemed = await db.item.count({ where: { kind: "IDEA", themes: { none: {} } } });
    expect(unthemed).toBe(23);
    expect([data.unthemed.name, data.unthemed.total, data.unthemed.byRencontre, data.unthemed.byStatus.PROPOSEE]).toEqual(["Sans thème", 23, [23], 23]);
  });

  it("counts each theme by year and by city within a year as /pistes?theme&annee and ?theme&ville&annee do", async () => {
    for (const [city, date] of [
      ["Lyon", "2021-06-01"],
      ["Lyon", "2023-05-04"],
    ] as const) {
      const copy = await importCompteRendu(systemActor("test"), readFileSync(SEED_FILE), { asNew: true, publish: true, city, date });
      expect(copy.ok).toBe(true);
    }
    const data = await getObservatory();
    expect(data.years.map((y) => [y.year, y.ideas, y.rencontre !== null])).toEqual([
      [2021, 84, false],
      [2023, 42, true],
    ]);
    const rows = [...data.themes, data.unthemed];
    for (const year of [2021, 2023]) {
      const grid = projectRencontres(data.rencontres, rows, year);
      expect(grid.cities.map((c) => [c.key, c.ideas])).toEqual(year === 2021 ? [["lyon", 42], ["paris", 42]] : [["lyon", 42]]);
      for (const [r, row] of rows.entries()) {
        const theme = row.slug ?? NO_THEME;
        expect(row.byYear[data.years.findIndex((y) => y.year === year)]).toBe(await catalogueTotal({ theme, annee: String(year) }));
        for (const [c, city] of grid.cities.entries())
          expect([theme, year, city.key, grid.byCity[r]![c]]).toEqual([theme, year, city.key, await catalogueTotal({ theme, ville: city.key, annee: String(year) })]);
      }
    }
  });

  it("follows a status change into the theme's bar, as the catalogue's status filter does", async () => {
    const theme = (await getObservatory()).themes.find((t) => t.total > 0)!;
    const idea = await db.item.findFirstOrThrow({ where: { kind: "IDEA", themes: { some: { theme: { slug: theme.slug! } } } }, select: { id: true } });
    await db.item.update({ where: { id: idea.id }, data: { status: "REALISEE" } });
    const after = (await getObservatory()).themes.find((t) => t.slug === theme.slug)!;
    expect(after.byStatus.REALISEE).toBe(await catalogueTotal({ theme: theme.slug!, statut: "realisee" }));
    expect(after.byStatus.REALISEE).toBeGreaterThanOrEqual(1);
    expect(after.byStatus.PROPOSEE).toBe(theme.byStatus.PROPOSEE - 1);
  });

  it("names the most recurring ideas from the synthesis links, and the organisations at the tables by kind", async () => {
    const data = await getObservatory();
    expect(data.recurring.length).toBeGreaterThan(0);
    expect(data.recurring[0]!.links).toBeGreaterThanOrEqual(data.recurring.at(-1)!.links);
    const relations = await db.itemRelation.count({ where: { fromId: (await db.item.findFirstOrThrow({ where: { slug: data.recurring[0]!.slug } })).id } });
    expect(data.recurring[0]!.links).toBeGreaterThanOrEqual(relations);
    expect(data.recurring.some((idea) => /vis ma vie/i.test(idea.text))).toBe(true);
    const organisations = await db.organisation.count({ where: { participations: { some: {} } } });
    expect(data.organisations[0]!.total).toBe(organisations);
    expect(Object.values(data.organisations[0]!.byKind).reduce((a, b) => a + b, 0)).toBe(organisations);
  });

  it("never counts a draft, nor names anybody, hidden or not", async () => {
    const before = await getObservatory();
    const draft = await importCompteRendu(systemActor("test"), readFileSync(SEED_FILE), { asNew: true, publish: false });
    expect(draft.ok).toBe(true);
    await db.person.updateMany({ where: { nameKey: "laurence mari" }, data: { visibility: "HIDDEN" } });
    const after = await getObservatory();
    expect(after).toEqual(before);
    const people = await db.person.findMany({ select: { fullName: true } });
    const shown = JSON.stringify(after);
    for (const person of people) expect(shown).not.toContain(person.fullName);

    const paris = await db.rencontre.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true, version: true } });
    await setRencontreStatus(systemActor("test"), { id: paris.id, status: "DRAFT", version: paris.version });
    const none = await getObservatory();
    expect([none.rencontres, none.cities, none.years, none.recurring, none.organisations, none.unthemed.total, none.themes.map((t) => t.total)]).toEqual([
      [],
      [],
      [],
      [],
      [],
      0,
      none.themes.map(() => 0),
    ]);
  });
});
