import type { ParseResult } from "@/lib/import/parse-compte-rendu";

/** The figures a user checks after an import of the Paris 2021 content, from a parse. */
export function seedFigures(result: ParseResult) {
  if (!result.ok) throw new Error(result.error);
  const { tables, synthesisGroups, city, date } = result.data;
  const sum = (pick: (t: (typeof tables)[number]) => unknown[]) => tables.reduce((n, t) => n + pick(t).length, 0);
  return {
    city,
    date,
    tables: tables.map((t) => t.number),
    participations: sum((t) => t.participants),
    objectives: sum((t) => t.objectives),
    examples: sum((t) => t.examples),
    ideas: sum((t) => t.ideas),
    themes: new Set(synthesisGroups.filter((g) => g.section === "IDEAS_BY_THEME" && g.label).map((g) => g.label)).size,
  };
}

/** The seed's own figures: 6 tables, 45 participations, 18 objectives, 29 examples, 42 ideas, 5 themes. */
export const SEED_FIGURES = {
  city: "Paris",
  date: "2021-12-13",
  tables: [1, 2, 3, 4, 5, 6],
  participations: 45,
  objectives: 18,
  examples: 29,
  ideas: 42,
  themes: 5,
};
