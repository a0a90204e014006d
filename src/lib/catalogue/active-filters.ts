import { catalogueQueryString, defaultSort, IDEA_STATUSES, NO_THEME, PAGE_SIZE, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { formatNumber, plural } from "@/lib/text/format";
import { frenchTypography } from "@/lib/text/typography";

type Kind = "IDEA" | "EXAMPLE";
/** The labels of the values the facets offer (value → label), to name the active filters. */
export type FacetLabels = Partial<Record<"theme" | "rencontre" | "ville" | "organisation", readonly { value: string; label: string }[]>>;
/** One active filter: what it is, its value in words, and the address without it. */
export type ActiveFilter = { name: string; value: string; href: string };

const NNBSP = "\u202f";
const quoted = (text: string) => `«${NNBSP}${text}${NNBSP}»`;
const labelOf = (labels: FacetLabels, facet: keyof FacetLabels, value: string) => labels[facet]?.find((v) => v.value === value)?.label ?? value;
const themeLabel = (labels: FacetLabels, value: string) => (value === NO_THEME ? "Sans thème" : labelOf(labels, "theme", value));
const statusLabel = (value: string) => IDEA_STATUSES.find((s) => s.value === value)?.label ?? value;

/** How many filters are on (each theme and status counts; the order does not): "Filtres (3)". */
export function activeFilterCount(filters: CatalogueFilters): number {
  const singles = [filters.q, filters.rencontre, filters.ville, filters.organisation, filters.year].filter(Boolean).length;
  return singles + filters.themes.length + filters.statuses.length;
}

/** The removable chips of the active filters: each links to the same view without its value, from page 1. */
export function activeFilters(action: string, filters: CatalogueFilters, labels: FacetLabels): ActiveFilter[] {
  const without = (change: Partial<CatalogueFilters>) => `${action}${catalogueQueryString({ ...filters, ...change, page: 1 })}#resultats`;
  const chips: ActiveFilter[] = [];
  if (filters.q) {
    // Relevance needs words: without them the order falls back to the default one.
    const sort = filters.sort === "pertinence" ? defaultSort("") : filters.sort;
    chips.push({ name: "Mots", value: quoted(filters.q), href: without({ q: "", sort }) });
  }
  for (const theme of filters.themes) {
    chips.push({ name: "Thème", value: themeLabel(labels, theme), href: without({ themes: filters.themes.filter((t) => t !== theme) }) });
  }
  for (const status of filters.statuses) {
    chips.push({ name: "Statut", value: statusLabel(status), href: without({ statuses: filters.statuses.filter((s) => s !== status) }) });
  }
  if (filters.ville) chips.push({ name: "Ville", value: labelOf(labels, "ville", filters.ville), href: without({ ville: null }) });
  if (filters.rencontre)
    chips.push({ name: "Rencontre", value: labelOf(labels, "rencontre", filters.rencontre), href: without({ rencontre: null }) });
  if (filters.organisation) {
    chips.push({ name: "Organisation", value: labelOf(labels, "organisation", filters.organisation), href: without({ organisation: null }) });
  }
  if (filters.year) chips.push({ name: "Année", value: String(filters.year), href: without({ year: null }) });
  return chips;
}

const orList = (values: string[]) => (values.length <= 1 ? values.join("") : `${values.slice(0, -1).join(", ")} ou ${values.at(-1)}`);

/**
 * The sentence above the results: "1 à 20 sur 42 pistes pour « stage » dans Apprentissage et
 * formation". Ideas are feminine, examples masculine; 0 and 1 take the singular.
 */
export function resultSentence(kind: Kind, filters: CatalogueFilters, total: number, labels: FacetLabels): string {
  const [one, many] = kind === "IDEA" ? ["piste", "pistes"] : ["exemple", "exemples"];
  const first = (filters.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, filters.page * PAGE_SIZE);
  let count: string;
  if (total === 0) count = `${kind === "IDEA" ? "Aucune" : "Aucun"} ${one}`;
  else if (total > PAGE_SIZE && first <= total) count = `${formatNumber(first)} à ${formatNumber(last)} sur ${formatNumber(total)} ${many}`;
  else count = plural(total, one, many);
  const parts = [count];
  if (kind === "IDEA" && filters.statuses.length > 0) {
    // Statuses are feminine past participles that agree with "pistes" ("En cours" does not change).
    const agree = (label: string) => (total >= 2 && !label.endsWith("s") ? `${label}s` : label);
    parts.push(orList(filters.statuses.map((s) => agree(statusLabel(s).toLowerCase()))));
  }
  if (filters.q) parts.push(`pour ${quoted(filters.q)}`);
  const themes = filters.themes.filter((t) => t !== NO_THEME).map((t) => themeLabel(labels, t));
  const themeWords = [...(themes.length > 0 ? [`dans ${orList(themes)}`] : []), ...(filters.themes.includes(NO_THEME) ? ["sans thème"] : [])];
  if (themeWords.length > 0) parts.push(themeWords.join(" ou "));
  if (filters.ville) parts.push(`à ${labelOf(labels, "ville", filters.ville)}`);
  if (filters.rencontre) parts.push(`de la rencontre ${labelOf(labels, "rencontre", filters.rencontre)}`);
  if (filters.organisation) parts.push(`avec ${labelOf(labels, "organisation", filters.organisation)}`);
  if (filters.year) parts.push(`en ${filters.year}`);
  return frenchTypography(parts.join(" "));
}
