import { describe, expect, it } from "vitest";
import { projectRencontres } from "./projections";

const rencontres = [
  { slug: "paris-2021", city: "Paris", cityKey: "paris", year: 2021, ideas: 42 },
  { slug: "lyon-2021", city: "Lyon", cityKey: "lyon", year: 2021, ideas: 10 },
  { slug: "lyon-2023", city: "Lyon", cityKey: "lyon", year: 2023, ideas: 50 },
  { slug: "sans-date", city: "Nantes", cityKey: "nantes", year: null, ideas: 3 },
];
const rows = [{ byRencontre: [5, 1, 7, 0] }, { byRencontre: [0, 2, 0, 3] }];

describe("projectRencontres", () => {
  it("sums each row into cities (most ideas first) and years (in the rencontres' order)", () => {
    const all = projectRencontres(rencontres, rows);
    expect(all.cities.map((c) => [c.key, c.ideas])).toEqual([
      ["lyon", 60],
      ["paris", 42],
      ["nantes", 3],
    ]);
    // A year's only rencontre is named, for the link of a year without a date.
    expect(all.years).toEqual([
      { year: 2021, ideas: 52, rencontre: null },
      { year: 2023, ideas: 50, rencontre: "lyon-2023" },
      { year: null, ideas: 3, rencontre: "sans-date" },
    ]);
    expect(all.byCity).toEqual([
      [8, 5, 0],
      [2, 0, 3],
    ]);
    expect(all.byYear).toEqual([
      [6, 7, 0],
      [2, 0, 3],
    ]);
  });

  it("keeps one year's rencontres alone for the grid of that year", () => {
    const of2021 = projectRencontres(rencontres, rows, 2021);
    expect(of2021.cities.map((c) => [c.key, c.ideas])).toEqual([
      ["paris", 42],
      ["lyon", 10],
    ]);
    expect(of2021.byCity).toEqual([
      [5, 1],
      [0, 2],
    ]);
    expect(of2021.byYear).toEqual([[6], [2]]);
    expect(projectRencontres(rencontres, rows, 1999)).toEqual({ cities: [], years: [], byCity: [[], []], byYear: [[], []] });
  });
});
