import { describe, expect, it } from "vitest";
import { countFacets, orderMatches, recurrenceOrder, type FacetQuery, type KindFacets } from "./facet-count";
import { ownTextScore } from "./own-text-score";
import { raggedFrom, rowHas, rowOf } from "./ragged";

// Five items: rencontres 0 (city 0, year 0) and 1 (city 1, year 1); themes 0..2; organisations 0..1.
const index: KindFacets = {
  size: 5,
  rencontre: Int32Array.from([0, 0, 1, 1, 1]),
  status: Uint8Array.from([1, 2, 1, 1, 0]),
  themes: raggedFrom(5, [0, 1, 2, 3, 3], [0, 1, 1, 2, 2]),
  organisations: raggedFrom(5, [0, 2, 3], [1, 0, 1]),
  recurrenceOrder: recurrenceOrder(Uint16Array.from([1, 2, 1, 2, 1]), Uint16Array.from([1, 2, 1, 3, 1])),
};
const rencontres = { city: Int32Array.from([0, 1]), year: Int32Array.from([0, 1]) };
const sizes = { themes: 3, rencontres: 2, cities: 2, years: 2, statuses: 5, organisations: 2 };
const none: FacetQuery = { candidates: null, themes: null, noTheme: false, rencontre: -1, city: -1, year: -1, statuses: null, organisation: -1 };

describe("ragged rows", () => {
  it("sorts each row and drops duplicates", () => {
    const r = raggedFrom(3, [2, 0, 2, 2], [5, 1, 3, 5]);
    expect([...rowOf(r, 0)]).toEqual([1]);
    expect([...rowOf(r, 1)]).toEqual([]);
    expect([...rowOf(r, 2)]).toEqual([3, 5]);
    expect(rowHas(r, 2, 5)).toBe(true);
    expect(rowHas(r, 2, 4)).toBe(false);
  });
});

describe("countFacets", () => {
  it("counts every value of every facet without filters", () => {
    const c = countFacets(index, rencontres, sizes, none);
    expect([...c.matches]).toEqual([0, 1, 2, 3, 4]);
    expect([...c.theme]).toEqual([1, 2, 1]);
    expect(c.noTheme).toBe(1);
    expect([...c.rencontre]).toEqual([2, 3]);
    expect([...c.status]).toEqual([0, 3, 1, 0, 0]);
    expect([...c.organisation]).toEqual([1, 2]);
  });

  it("counts a facet's values given the other filters, not its own", () => {
    const c = countFacets(index, rencontres, sizes, { ...none, themes: Uint8Array.from([0, 1, 0]), rencontre: 1 });
    expect([...c.matches]).toEqual([2]);
    // The theme facet ignores the theme filter: rencontre 1 has items of themes 1 and 2, and one without.
    expect([...c.theme]).toEqual([0, 1, 1]);
    expect(c.noTheme).toBe(1);
    // The rencontre facet ignores the rencontre filter: theme 1 is at rencontres 0 and 1.
    expect([...c.rencontre]).toEqual([1, 1]);
  });

  it("takes the items without a theme for « sans thème », alone or with themes", () => {
    expect([...countFacets(index, rencontres, sizes, { ...none, themes: new Uint8Array(3), noTheme: true }).matches]).toEqual([4]);
    expect([...countFacets(index, rencontres, sizes, { ...none, themes: Uint8Array.from([1, 0, 0]), noTheme: true }).matches]).toEqual([0, 4]);
  });

  it("reads only the text search's candidates, and a value the index lacks matches nothing", () => {
    const c = countFacets(index, rencontres, sizes, { ...none, candidates: Int32Array.from([1, 3]), organisation: 1 });
    expect([...c.matches]).toEqual([3]);
    expect([...c.organisation]).toEqual([0, 1]);
    expect(countFacets(index, rencontres, sizes, { ...none, organisation: 2 }).matches.length).toBe(0);
    expect(countFacets(index, rencontres, sizes, { ...none, year: 1, statuses: Uint8Array.from([0, 1, 0, 0, 0]) }).matches.length).toBe(2);
  });
});

describe("orderMatches", () => {
  const all = Int32Array.from([0, 1, 2, 3, 4]);
  it("puts the most recurring first, then by rank", () => {
    expect([...orderMatches(index, all, "recurrentes", null)]).toEqual([3, 1, 0, 2, 4]);
    expect([...orderMatches(index, Int32Array.from([2, 3]), "recurrentes", null)]).toEqual([3, 2]);
  });
  it("puts the items whose own text holds more of the words first, then by rank", () => {
    expect([...orderMatches(index, all, "pertinence", Uint8Array.from([0, 2, 1, 2, 0]))]).toEqual([1, 3, 2, 0, 4]);
    expect([...orderMatches(index, all, "recentes", Uint8Array.from([0, 2, 1, 2, 0]))]).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("ownTextScore", () => {
  it("counts the words found at a word's start in the item's own text, not in its organisations", () => {
    const searchText = "un stage d'immersion · stage · caracol · ecole du stage";
    expect(ownTextScore(searchText, ["stag", "immersion"])).toBe(2);
    expect(ownTextScore(searchText, ["stag", "caracol"])).toBe(1);
    expect(ownTextScore(searchText, ["mersion"])).toBe(0);
  });
});
