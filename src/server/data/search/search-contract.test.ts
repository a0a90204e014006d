import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { buildSearchText } from "@/lib/search/search-text";
import { db } from "@/server/db";
import { findExportItems } from "@/server/data/exports/find-export-items";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { ITEMS_FROM, itemsWhere, resolveCatalogueFilters, type ItemKindValue } from "./item-filters";
import { searchItems } from "./search-items";

const filters = (query: Record<string, string | string[]>): CatalogueFilters => parseCatalogueQuery(query).filters;

async function exportCount(kind: ItemKindValue, f: CatalogueFilters) {
  let n = 0;
  for await (const batch of findExportItems(kind, f)) n += batch.length;
  return n;
}

/** A second published rencontre, Lyon 2024, with one idea without a theme. */
async function addLyon2024() {
  const rencontre = await db.rencontre.create({ data: { slug: "lyon-2024", title: "Lyon 2024", city: "Lyon", cityKey: "lyon", date: new Date("2024-05-02"), status: "PUBLISHED" } });
  const table = await db.table.create({ data: { rencontreId: rencontre.id, number: 1 } });
  const text = "Des stages croisés entre écoles";
  await db.item.create({
    data: { kind: "IDEA", rencontreId: rencontre.id, tableId: table.id, text, plainText: text, searchText: buildSearchText({ text }), position: 0, status: "EN_COURS", slug: "des-stages-croises" },
  });
}

beforeEach(async () => {
  await seedParis2021();
});

describe("the catalogue's year, « sans thème » and orders", () => {
  it("filters by the rencontre's year, with a facet of years, and reports an unknown year", async () => {
    await addLyon2024();
    const all = await searchItems("IDEA", filters({}));
    expect(all.total).toBe(43);
    expect(all.items[0]!.rencontre.slug).toBe("lyon-2024");
    expect(all.facets.annee).toEqual([
      { value: "2024", label: "2024", count: 1, selected: false },
      { value: "2021", label: "2021", count: 42, selected: false },
    ]);
    const y2021 = await searchItems("IDEA", filters({ annee: "2021" }));
    expect(y2021.total).toBe(42);
    expect(y2021.facets.annee.find((y) => y.value === "2021")?.selected).toBe(true);
    // The other facets count within the year; the year facet itself does not.
    expect(y2021.facets.ville).toEqual([{ value: "paris", label: "Paris", count: 42, selected: false }]);
    expect(y2021.facets.annee.find((y) => y.value === "2024")?.count).toBe(1);
    expect(await exportCount("IDEA", filters({ annee: "2021" }))).toBe(42);
    const unknown = await searchItems("IDEA", filters({ annee: "1999" }));
    expect(unknown).toMatchObject({ total: 43, unknown: ["année « 1999 »"] });
  });

  it("lists every theme, zero included, in taxonomy order, then « Sans thème », which filters the ideas without one", async () => {
    await addLyon2024();
    const result = await searchItems("IDEA", filters({ rencontre: "lyon-2024" }));
    expect(result.facets.theme.map((t) => [t.value, t.count])).toEqual([
      ["lieux-et-espaces-de-rencontre", 0],
      ["apprentissage-et-formation", 0],
      ["communication-et-valorisation", 0],
      ["dispositions-legislatives", 0],
      [expect.stringMatching(/^instances-et-outils/), 0],
      ["sans-theme", 1],
    ]);
    const all = await searchItems("IDEA", filters({}));
    const unthemed = all.facets.theme.at(-1)!;
    expect(unthemed).toMatchObject({ value: "sans-theme", label: "Sans thème", selected: false });
    const only = await searchItems("IDEA", filters({ theme: "sans-theme" }));
    expect(only.total).toBe(unthemed.count);
    expect(only.unknown).toEqual([]);
    expect(only.items.every((i) => i.themes.length === 0)).toBe(true);
    expect(only.facets.theme.at(-1)).toMatchObject({ value: "sans-theme", selected: true });
    const withTheme = await searchItems("IDEA", filters({ theme: ["sans-theme", "apprentissage-et-formation"] }));
    expect(withTheme.total).toBe(unthemed.count + 4);
    expect(await exportCount("IDEA", filters({ theme: "sans-theme" }))).toBe(unthemed.count);
  });

  it("sorts the most recurring first and says where each was raised", async () => {
    const result = await searchItems("IDEA", filters({ tri: "recurrentes" }));
    const first = result.items[0]!;
    expect(first.recurrence).not.toBeNull();
    expect(first.recurrence!.rencontres).toBe(1);
    const tables = result.items.map((i) => i.recurrence?.tables ?? 1);
    expect(tables).toEqual([...tables].sort((a, b) => b - a));
    const recent = await searchItems("IDEA", filters({}));
    expect(recent.items.map((i) => i.id)).not.toEqual(result.items.map((i) => i.id));
    expect(recent.items.every((i) => i.matchedInText === null)).toBe(true);
  });

  it("by relevance, puts the ideas whose own text holds the words before those found through their table", async () => {
    const result = await searchItems("EXAMPLE", filters({ q: "caracol" }));
    const matched = result.items.map((i) => i.matchedInText);
    expect(matched).toContain(true);
    expect(matched).toContain(false);
    expect(matched).toEqual([...matched].sort((a, b) => Number(b) - Number(a)));
    const recent = await searchItems("EXAMPLE", filters({ q: "caracol", tri: "recentes" }));
    expect(recent.items.map((i) => i.table.number)).toEqual([...recent.items.map((i) => i.table.number)].sort((a, b) => a - b));
  });
});

describe("the facet index counts as the grouped SQL counts did", () => {
  it.each<Record<string, string>>([{}, { q: "formation" }, { theme: "apprentissage-et-formation", statut: "proposee" }, { organisation: "caracol" }, { ville: "paris", q: "jeunes" }])(
    "%o",
    async (query) => {
      const f = filters(query);
      for (const kind of ["IDEA", "EXAMPLE"] as const) {
        const result = await searchItems(kind, f);
        const { resolved } = await resolveCatalogueFilters(f);
        const total = await db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${ITEMS_FROM} ${itemsWhere(kind, resolved)}`;
        expect(result.total).toBe(Number(total[0]!.n));
        const themes = await db.$queryRaw<{ slug: string; n: number | bigint }[]>`SELECT th.slug AS slug, COUNT(*) AS n ${ITEMS_FROM}
          JOIN "ItemTheme" it ON it."itemId" = i.id JOIN "Theme" th ON th.id = it."themeId" ${itemsWhere(kind, resolved, "theme")} GROUP BY th.slug`;
        for (const row of themes) expect(result.facets.theme.find((t) => t.value === row.slug)?.count, row.slug).toBe(Number(row.n));
        const ids = await db.$queryRaw<{ id: string }[]>`SELECT i.id ${ITEMS_FROM} JOIN "Table" t ON t.id = i."tableId" ${itemsWhere(kind, resolved)}
          ORDER BY r.date DESC, r.slug, t.number, i.position, i.id LIMIT 20`;
        if (f.sort === "recentes") expect(result.items.map((i) => i.id)).toEqual(ids.map((r) => r.id));
        else expect(new Set(result.items.map((i) => i.id)).size).toBe(Math.min(20, result.total));
      }
    },
  );
});
