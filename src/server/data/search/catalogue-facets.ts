import "server-only";
import type { FacetCounts } from "@/lib/search/facet-count";
import { topK } from "@/lib/search/top-k";
import { IDEA_STATUSES, NO_THEME, type CatalogueFilters } from "@/lib/schemas/catalogue";
import type { FacetIndex } from "./build-facet-index";
import type { FacetName, ItemKindValue, ResolvedFilters } from "./item-filters";

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
/** How many rencontres the rencontre filter offers. */
export const RENCONTRE_FACET_SIZE = 24;
/** How many organisations the organisation filter offers (the most present). */
const ORGANISATION_FACET_SIZE = 12;

/**
 * The facets' values with their counts (countFacets), labelled from the index. Work in the
 * numbers of themes, rencontres, cities and organisations, not of items.
 */
export function catalogueFacets(
  index: FacetIndex,
  kind: ItemKindValue,
  counts: FacetCounts,
  f: ResolvedFilters,
  filters: CatalogueFilters,
  organisationLabel: string | null,
): Record<FacetName, FacetValue[]> {
  // Every theme of the public catalogue, zero included, so the list does not move as filters change.
  const theme: FacetValue[] = index.themes.flatMap((t, i) => {
    const selected = f.themeIds.includes(t.id);
    return t.isPublic || selected ? [{ value: t.slug, label: t.name, count: counts.theme[i]!, selected }] : [];
  });
  if (counts.noTheme > 0 || f.noTheme) theme.push({ value: NO_THEME, label: "Sans thème", count: counts.noTheme, selected: f.noTheme });

  // The most recent rencontres only (and the chosen one): older ones are reached from their own page.
  let shown = 0;
  const rencontre = index.rencontres.flatMap((r, i) => {
    const count = counts.rencontre[i]!;
    const selected = r.id === f.rencontreId;
    if (count === 0 || (shown >= RENCONTRE_FACET_SIZE && !selected)) return [];
    shown += 1;
    return [{ value: r.slug, label: `${r.city}${r.date ? ` ${r.date.getUTCFullYear()}` : ""}`, count, selected }];
  });

  const ville = index.cities
    .flatMap((c, i) => (counts.city[i]! > 0 ? [{ value: c.key, label: c.label, count: counts.city[i]!, selected: c.key === f.cityKey }] : []))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));
  const annee = index.years
    .flatMap((year, i) => {
      const selected = f.year?.value === year;
      return counts.year[i]! > 0 || selected ? [{ value: String(year), label: String(year), count: counts.year[i]!, selected }] : [];
    })
    .sort((a, b) => Number(b.value) - Number(a.value));
  const statut =
    kind === "IDEA"
      ? IDEA_STATUSES.flatMap((s, i) => (counts.status[i + 1]! > 0 ? [{ value: s.value, label: s.value, count: counts.status[i + 1]!, selected: f.statuses.includes(s.value) }] : []))
      : [];

  return { theme, rencontre, ville, annee, statut, organisation: organisationFacet(index, counts, f, filters, organisationLabel) };
}

function organisationFacet(index: FacetIndex, counts: FacetCounts, f: ResolvedFilters, filters: CatalogueFilters, label: string | null): FacetValue[] {
  // The 12 largest counts, ties by id (as ORDER BY n DESC, value did), in one pass.
  const count = counts.organisation;
  const top = topK(
    count.length,
    ORGANISATION_FACET_SIZE,
    (a, b) => count[a]! > count[b]! || (count[a] === count[b] && index.organisations[a]!.id < index.organisations[b]!.id),
    (o) => count[o]! > 0,
  );
  const facet = top.map((o) => {
    const org = index.organisations[o]!;
    return { value: org.slug, label: org.name, count: counts.organisation[o]!, selected: org.id === f.organisationId };
  });
  if (f.organisationId && !facet.some((o) => o.selected)) {
    const at = index.organisations.findIndex((o) => o.id === f.organisationId);
    facet.unshift({ value: filters.organisation!, label: label ?? filters.organisation!, count: at >= 0 ? counts.organisation[at]! : 0, selected: true });
  }
  return facet;
}
