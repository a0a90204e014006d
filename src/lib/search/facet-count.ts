import { rowHas, rowOf, type Ragged } from "./ragged";

/**
 * The published items of one kind, in the catalogue's order (rank 0 first: rencontre date
 * desc, nulls last, rencontre slug, table number, item position), each described by small
 * integers: indexes into the facet index's lists of rencontres, statuses, themes and
 * organisations (docs/decisions/0013-facet-index.md).
 */
export type KindFacets = {
  size: number;
  /** Rank → index of its rencontre. */
  rencontre: Int32Array;
  /** Rank → 0 without status, else 1 + its index in IDEA_STATUSES. */
  status: Uint8Array;
  themes: Ragged;
  /** Organisations cited by the item or present at its table. */
  organisations: Ragged;
  /** Ranks from the most recurring to the least (rencontres, then tables, then rank). */
  recurrenceOrder: Int32Array;
};

/** Rencontre index → city index and year index (−1 without a date). */
export type RencontreFacets = { city: Int32Array; year: Int32Array };
export type FacetSizes = { themes: number; rencontres: number; cities: number; years: number; statuses: number; organisations: number };

/** A filter value of −1, or null for the sets, means "not filtered". */
export type FacetQuery = {
  /** The ranks the text search matched, in ascending order; null without words. */
  candidates: Int32Array | null;
  /** Flags by theme index (any of them), or null. */
  themes: Uint8Array | null;
  /** "Sans thème" is selected: the items without a theme match the theme filter too. */
  noTheme: boolean;
  rencontre: number;
  city: number;
  year: number;
  /** Flags by status code (0 = none), or null. */
  statuses: Uint8Array | null;
  organisation: number;
};

export type FacetCounts = {
  /** The matching ranks, ascending (the catalogue's order). */
  matches: Int32Array;
  theme: Int32Array;
  noTheme: number;
  rencontre: Int32Array;
  city: Int32Array;
  year: Int32Array;
  status: Int32Array;
  organisation: Int32Array;
};

const THEME = 1;
const RENCONTRE = 2;
const CITY = 4;
const YEAR = 8;
const STATUS = 16;
const ORGANISATION = 32;

/**
 * One pass over the candidates (every item of the kind, or those the text search found): an
 * item counts for a facet's value when it passes every filter but that facet's own, which is
 * what the grouped COUNT queries gave, each item read once whatever the number of facets.
 */
export function countFacets(index: KindFacets, rencontres: RencontreFacets, sizes: FacetSizes, q: FacetQuery): FacetCounts {
  const out: FacetCounts = {
    matches: new Int32Array(q.candidates ? q.candidates.length : index.size),
    theme: new Int32Array(sizes.themes),
    noTheme: 0,
    rencontre: new Int32Array(sizes.rencontres),
    city: new Int32Array(sizes.cities),
    year: new Int32Array(sizes.years),
    status: new Int32Array(sizes.statuses),
    organisation: new Int32Array(sizes.organisations),
  };
  const n = q.candidates ? q.candidates.length : index.size;
  let total = 0;
  for (let k = 0; k < n; k += 1) {
    const i = q.candidates ? q.candidates[k]! : k;
    const rc = index.rencontre[i]!;
    const city = rencontres.city[rc]!;
    const year = rencontres.year[rc]!;
    const status = index.status[i]!;
    const themes = rowOf(index.themes, i);
    let fail = 0;
    if (q.themes && !matchesThemes(themes, q.themes, q.noTheme)) fail |= THEME;
    if (q.rencontre >= 0 && rc !== q.rencontre) fail |= RENCONTRE;
    if (q.city >= 0 && city !== q.city) fail |= CITY;
    if (q.year >= 0 && year !== q.year) fail |= YEAR;
    if (q.statuses && q.statuses[status] !== 1) fail |= STATUS;
    if (q.organisation >= 0 && !rowHas(index.organisations, i, q.organisation)) fail |= ORGANISATION;
    if (fail === 0) out.matches[total++] = i;
    if ((fail & ~THEME) === 0) {
      for (let t = 0; t < themes.length; t += 1) out.theme[themes[t]!]! += 1;
      if (themes.length === 0) out.noTheme += 1;
    }
    if ((fail & ~RENCONTRE) === 0) out.rencontre[rc]! += 1;
    if ((fail & ~CITY) === 0) out.city[city]! += 1;
    if ((fail & ~YEAR) === 0 && year >= 0) out.year[year]! += 1;
    if ((fail & ~STATUS) === 0 && status > 0) out.status[status]! += 1;
    if ((fail & ~ORGANISATION) === 0) {
      const organisations = rowOf(index.organisations, i);
      for (let o = 0; o < organisations.length; o += 1) out.organisation[organisations[o]!]! += 1;
    }
  }
  out.matches = out.matches.subarray(0, total);
  return out;
}

function matchesThemes(themes: Int32Array, selected: Uint8Array, noTheme: boolean): boolean {
  if (themes.length === 0) return noTheme;
  for (let t = 0; t < themes.length; t += 1) if (selected[themes[t]!] === 1) return true;
  return false;
}

/**
 * The matches in the chosen order: "recentes" is the ranks' own order; "recurrentes" follows
 * the index's recurrence order; "pertinence" sorts by `scores` (by rank: how many of the
 * words the item's own text holds, rather than its table's organisations), then by rank.
 */
export function orderMatches(
  index: KindFacets,
  matches: Int32Array,
  sort: "recentes" | "pertinence" | "recurrentes",
  scores: Uint8Array | null,
): Int32Array {
  if (sort === "recurrentes") {
    const flags = new Uint8Array(index.size);
    for (let k = 0; k < matches.length; k += 1) flags[matches[k]!] = 1;
    const ordered = new Int32Array(matches.length);
    let at = 0;
    for (let k = 0; k < index.recurrenceOrder.length && at < matches.length; k += 1) {
      const i = index.recurrenceOrder[k]!;
      if (flags[i] === 1) ordered[at++] = i;
    }
    return ordered;
  }
  if (sort === "pertinence" && scores) {
    // A counting sort on the score (at most 12 words), stable: each score's ranks stay in order.
    let best = 0;
    for (let k = 0; k < matches.length; k += 1) best = Math.max(best, scores[matches[k]!]!);
    const ordered = new Int32Array(matches.length);
    let at = 0;
    for (let score = best; score >= 0; score -= 1) {
      for (let k = 0; k < matches.length; k += 1) if (scores[matches[k]!] === score) ordered[at++] = matches[k]!;
    }
    return ordered;
  }
  return matches;
}

/** The ranks from the most recurring to the least: rencontres desc, tables desc, then rank. */
export function recurrenceOrder(rencontres: Uint16Array, tables: Uint16Array): Int32Array {
  const order = new Int32Array(rencontres.length);
  for (let i = 0; i < order.length; i += 1) order[i] = i;
  return order.sort((a, b) => rencontres[b]! - rencontres[a]! || tables[b]! - tables[a]! || a - b);
}
