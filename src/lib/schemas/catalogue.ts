import { z } from "zod";
import "./zod-config";

/** Idea follow-up statuses: database value ↔ URL value ↔ French label. */
export const IDEA_STATUSES = [
  { value: "PROPOSEE", param: "proposee", label: "Proposée" },
  { value: "EN_COURS", param: "en-cours", label: "En cours" },
  { value: "REALISEE", param: "realisee", label: "Réalisée" },
  { value: "ABANDONNEE", param: "abandonnee", label: "Abandonnée" },
] as const;
export type IdeaStatusValue = (typeof IDEA_STATUSES)[number]["value"];

export const statusLabel = (value: string | null | undefined) => IDEA_STATUSES.find((s) => s.value === value)?.label ?? null;

export const PAGE_SIZE = 20;

/**
 * The theme filter's value for the items that have no theme ("Sans thème" in the facet). A
 * theme can never take this slug (assertThemeNameFree refuses the name "Sans thème").
 */
export const NO_THEME = "sans-theme";

/** The orders of /pistes and /exemples: URL value (?tri=) and French label. */
export const CATALOGUE_SORTS = [
  { value: "recentes", label: "Les plus récentes" },
  { value: "pertinence", label: "Pertinence" },
  { value: "recurrentes", label: "Les plus récurrentes" },
] as const;
export type CatalogueSort = (typeof CATALOGUE_SORTS)[number]["value"];
/** With words to search, relevance comes first; without, the most recent rencontres. */
export const defaultSort = (q: string): CatalogueSort => (q ? "pertinence" : "recentes");

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The address of an example's or idea's page (/pistes/<slug>): what itemSlugBase gives, with its -n. */
export const ItemSlugSchema = z.string().max(80).regex(SLUG);

/** One query-string value (or the first of several), trimmed; anything else becomes undefined. */
const single = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().trim().max(200).optional().catch(undefined));
const slugList = z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(z.string()).catch([]));

/**
 * The filters of /pistes and /exemples, from the query string. Nothing here throws: a value
 * of the wrong shape is dropped and reported, so a shared link never ends in an error page.
 */
export const CatalogueQuerySchema = z.object({
  theme: slugList,
  rencontre: single,
  ville: single,
  statut: slugList,
  organisation: single,
  q: single,
  page: single,
  tri: single,
  annee: single,
});

export type CatalogueFilters = {
  themes: string[];
  rencontre: string | null;
  ville: string | null;
  statuses: IdeaStatusValue[];
  organisation: string | null;
  q: string;
  /** The rencontres' year (?annee=2021), or null. */
  year: number | null;
  /** Always set: the default order when the address names none (defaultSort). */
  sort: CatalogueSort;
  page: number;
};

export type ParsedCatalogueQuery = { filters: CatalogueFilters; ignored: string[] };

export function parseCatalogueQuery(searchParams: Record<string, string | string[] | undefined>): ParsedCatalogueQuery {
  const raw = CatalogueQuerySchema.parse(searchParams);
  const ignored: string[] = [];
  const slugOrNull = (name: string, value: string | undefined) => {
    if (!value) return null;
    if (SLUG.test(value)) return value;
    ignored.push(`${name} « ${value} »`);
    return null;
  };
  const themes = [...new Set(raw.theme.map((t) => t.trim()).filter(Boolean))]
    .filter((t) => {
      if (SLUG.test(t) && t.length <= 120) return true;
      ignored.push(`thème « ${t.slice(0, 60)} »`);
      return false;
    })
    .slice(0, 10);
  const statuses = [...new Set(raw.statut)].flatMap((param) => {
    const status = IDEA_STATUSES.find((s) => s.param === param || s.value === param);
    if (!status) ignored.push(`statut « ${param.slice(0, 60)} »`);
    return status ? [status.value] : [];
  });
  const q = (raw.q ?? "").replace(/\s+/g, " ").slice(0, 200);
  let sort = defaultSort(q);
  if (raw.tri) {
    const known = CATALOGUE_SORTS.find((s) => s.value === raw.tri);
    // Relevance needs words: without them it is the default order, silently.
    if (known && !(known.value === "pertinence" && !q)) sort = known.value;
    else if (!known) ignored.push(`tri « ${raw.tri.slice(0, 40)} »`);
  }
  let year: number | null = null;
  if (raw.annee) {
    if (/^\d{4}$/.test(raw.annee)) year = Number(raw.annee);
    else ignored.push(`année « ${raw.annee.slice(0, 20)} »`);
  }
  const pageNumber = raw.page && /^\d{1,6}$/.test(raw.page) ? Number(raw.page) : 1;
  if (raw.page && pageNumber === 1 && raw.page !== "1") ignored.push(`page « ${raw.page.slice(0, 20)} »`);
  return {
    filters: {
      themes,
      rencontre: slugOrNull("rencontre", raw.rencontre),
      ville: slugOrNull("ville", raw.ville),
      statuses,
      organisation: slugOrNull("organisation", raw.organisation),
      q,
      year,
      sort,
      page: Math.max(1, pageNumber),
    },
    ignored,
  };
}

/** The query string of a set of filters (page 1 is left out), for links and pagination. */
export function catalogueQueryString(filters: Partial<CatalogueFilters>): string {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const theme of filters.themes ?? []) params.append("theme", theme);
  if (filters.rencontre) params.set("rencontre", filters.rencontre);
  if (filters.ville) params.set("ville", filters.ville);
  for (const status of filters.statuses ?? []) {
    params.append("statut", IDEA_STATUSES.find((s) => s.value === status)!.param);
  }
  if (filters.organisation) params.set("organisation", filters.organisation);
  if (filters.year) params.set("annee", String(filters.year));
  if (filters.sort && filters.sort !== defaultSort(filters.q ?? "")) params.set("tri", filters.sort);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * A GET form sends its empty fields too ("?q=&ville=…"): the tidy, shareable query string
 * of such an address, or null when it is tidy already (or names values the page must report).
 */
export function tidyCatalogueQueryString(searchParams: Record<string, string | string[] | undefined>): string | null {
  const hasEmpty = Object.values(searchParams).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
  if (!hasEmpty) return null;
  const query = parseCatalogueQuery(searchParams);
  return query.ignored.length === 0 ? catalogueQueryString(query.filters) : null;
}
