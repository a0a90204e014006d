import "server-only";
import { countFacets, orderMatches, type FacetQuery } from "@/lib/search/facet-count";
import { ownTextScore } from "@/lib/search/own-text-score";
import { queryTerms } from "@/lib/search/search-text";
import { IDEA_STATUSES, PAGE_SIZE, type CatalogueFilters, type IdeaStatusValue } from "@/lib/schemas/catalogue";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import type { FacetIndex } from "./build-facet-index";
import { catalogueFacets, type FacetValue } from "./catalogue-facets";
import { getFacetIndex } from "./facet-index";
import { resolveCatalogueFilters, type FacetName, type ItemKindValue, type ResolvedFilters } from "./item-filters";
import { textScores } from "./text-scores";

export type { FacetValue, ItemKindValue };
export { RENCONTRE_FACET_SIZE } from "./catalogue-facets";

export type CatalogueItem = {
  id: string;
  kind: ItemKindValue;
  slug: string | null;
  text: string;
  status: IdeaStatusValue | null;
  themes: { slug: string; name: string }[];
  table: { number: number };
  rencontre: { slug: string; city: string; date: Date | null; title: string };
  /** Where it and its public related items were raised; null when at its own table only. */
  recurrence: { rencontres: number; tables: number } | null;
  /** Without words, null; false when the words were found only in its table's organisations or its keywords. */
  matchedInText: boolean | null;
};
export type CatalogueResult = {
  total: number;
  page: number;
  pageCount: number;
  items: CatalogueItem[];
  facets: Record<FacetName, FacetValue[]>;
  /** Filter values that match nothing in the catalogue, dropped from the search. */
  unknown: string[];
};

/**
 * The examples or ideas that match the filters: one page of them, the total, and for each
 * filter the count of every value given the other filters (facets). Counted in memory on the
 * catalogue version's facet index (docs/decisions/0013); the database is asked only for the
 * filters' ids, the text search's matches and the page's 20 items.
 */
export const searchItems = cachedPublicRead("searchItems", async (kind: ItemKindValue, filters: CatalogueFilters): Promise<CatalogueResult> =>
  search(await getFacetIndex(), kind, filters),
);

async function search(index: FacetIndex, kind: ItemKindValue, filters: CatalogueFilters): Promise<CatalogueResult> {
  const { resolved: f, unknown, labels } = await resolveCatalogueFilters(filters);
  const items = index.kinds[kind];
  const terms = queryTerms(filters.q);
  const text = f.text ? await textScores(items, kind, f.text, terms, filters.sort === "pertinence") : null;

  const counts = countFacets(items, index.rencontreFacets, sizesOf(index), facetQuery(index, f, text?.candidates ?? null));
  const total = counts.matches.length;
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = filters.page;
  const ordered = orderMatches(items, counts.matches, filters.sort, text?.scores ?? null);
  const ranks = page <= pageCount ? Array.from(ordered.subarray((page - 1) * PAGE_SIZE, page * PAGE_SIZE)) : [];

  const ids = ranks.map((rank) => items.ids[rank]!);
  const rows = await db.item.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      kind: true,
      slug: true,
      text: true,
      searchText: true,
      status: true,
      themes: { select: { theme: { select: { slug: true, name: true, position: true } } } },
      table: { select: { number: true } },
      rencontre: { select: { slug: true, city: true, date: true, title: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pageItems: CatalogueItem[] = ranks.flatMap((rank) => {
    const row = byId.get(items.ids[rank]!);
    if (!row) return [];
    const { searchText, ...fields } = row;
    return [
      {
        ...fields,
        themes: row.themes
          .map((t) => t.theme)
          .sort((a, b) => a.position - b.position)
          .map(({ slug, name }) => ({ slug, name })),
        recurrence: items.hasRelated[rank] === 1 ? { rencontres: items.recurrenceRencontres[rank]!, tables: items.recurrenceTables[rank]! } : null,
        matchedInText: text ? ownTextScore(searchText, terms) === terms.length : null,
      },
    ];
  });

  return { total, page, pageCount, items: pageItems, unknown, facets: catalogueFacets(index, kind, counts, f, filters, f.organisationId ? (labels.get(f.organisationId) ?? null) : null) };
}

const sizesOf = (index: FacetIndex) => ({
  themes: index.themes.length,
  rencontres: index.rencontres.length,
  cities: index.cities.length,
  years: index.years.length,
  statuses: IDEA_STATUSES.length + 1,
  organisations: index.organisations.length,
});

/** The resolved filters as the index's numbers; a value the index lacks matches nothing (its list's length). */
function facetQuery(index: FacetIndex, f: ResolvedFilters, candidates: Int32Array | null): FacetQuery {
  const numberOf = (at: number, size: number) => (at < 0 ? size : at);
  let themes: Uint8Array | null = null;
  if (f.themeIds.length > 0 || f.noTheme) {
    themes = new Uint8Array(index.themes.length);
    index.themes.forEach((t, i) => {
      if (f.themeIds.includes(t.id)) themes![i] = 1;
    });
  }
  let statuses: Uint8Array | null = null;
  if (f.statuses.length > 0) {
    statuses = new Uint8Array(IDEA_STATUSES.length + 1);
    IDEA_STATUSES.forEach((s, i) => {
      if (f.statuses.includes(s.value)) statuses![i + 1] = 1;
    });
  }
  return {
    candidates,
    themes,
    noTheme: f.noTheme,
    rencontre: f.rencontreId ? numberOf(index.rencontres.findIndex((r) => r.id === f.rencontreId), index.rencontres.length) : -1,
    city: f.cityKey ? numberOf(index.cities.findIndex((c) => c.key === f.cityKey), index.cities.length) : -1,
    year: f.year ? numberOf(index.years.indexOf(f.year.value), index.years.length) : -1,
    statuses,
    organisation: f.organisationId ? numberOf(index.organisations.findIndex((o) => o.id === f.organisationId), index.organisations.length) : -1,
  };
}
