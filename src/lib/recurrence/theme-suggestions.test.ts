import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import { matchTheme } from "@/lib/import/theme-match";
import { foldText } from "@/lib/text/normalize";
import { ROOT, SEED_FILE } from "../../../tests/setup/paths";
import { idf } from "./similarity";
import { itemTerms } from "./terms";
import { nameTermsOf, suggestThemes } from "./theme-suggestions";

/** The seed's ideas with the theme its synthesis gave each (by the taxonomy's names), and every item's terms. */
function seedIdeas() {
  const parsed = parseCompteRendu(readFileSync(SEED_FILE, "utf8"));
  if (!parsed.ok) throw new Error(parsed.error);
  const taxonomy = JSON.parse(readFileSync(path.join(ROOT, "prisma", "seed-data", "themes.json"), "utf8")) as { name: string; description: string }[];
  const names = taxonomy.map((t) => ({ ...t, nameKey: foldText(t.name) }));
  const { tables, synthesisGroups } = parsed.data;
  const terms = new Map<string, Map<string, number>>(
    tables.flatMap((t) => [
      ...t.ideas.map((i, index) => [`${t.number}:IDEA:${index}`, itemTerms(i.text, i.keywords)] as const),
      ...t.examples.map((e, index) => [`${t.number}:EXAMPLE:${index}`, itemTerms(e.text, e.keywords)] as const),
    ]),
  );
  const themeOf = new Map<string, string>();
  for (const group of synthesisGroups)
    if (group.section === "IDEAS_BY_THEME" && group.label) {
      const theme = matchTheme(group.label, names)!.theme.name;
      for (const entry of group.entries) for (const l of entry.links) themeOf.set(`${l.table}:${l.kind}:${l.index}`, theme);
    }
  const df = new Map<string, number>();
  for (const t of terms.values()) for (const term of t.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  return { themes: taxonomy, terms, themeOf, idfOf: (term: string) => idf(df.get(term) ?? 1, terms.size) };
}

describe("suggestThemes", () => {
  it("ranks a theme by its items' words and its name's stems", () => {
    const profiles = [
      {
        id: "lieux",
        items: [itemTerms("Un **tiers-lieu** partagé"), itemTerms("Des espaces de rencontre")],
        nameTerms: nameTermsOf("Lieux et espaces de rencontre"),
      },
      { id: "formation", items: [itemTerms("Des stages croisés")], nameTerms: nameTermsOf("Apprentissage et formation", "Des stages entre écoles") },
    ];
    const idfOf = () => 1;
    expect(suggestThemes(itemTerms("Ouvrir un tiers-lieu dans chaque quartier"), profiles, idfOf).map((s) => s.themeId)).toEqual(["lieux"]);
    // No item yet says "formation": the name does.
    expect(suggestThemes(itemTerms("Des formations communes"), profiles, idfOf)[0]!.themeId).toBe("formation");
    expect(suggestThemes(itemTerms("Rien à voir"), profiles, idfOf)).toEqual([]);
  });

  it("gives first the theme the Paris synthesis gave, for most of its themed ideas, each left out of its theme's profile (leave-one-out)", () => {
    const { themes, terms, themeOf, idfOf } = seedIdeas();
    expect(themeOf.size).toBe(19);
    let first = 0;
    let inThree = 0;
    for (const [ref, theme] of themeOf) {
      const profiles = themes.map(({ name, description }) => ({
        id: name,
        items: [...themeOf].filter(([r, t]) => t === name && r !== ref).map(([r]) => terms.get(r)!),
        nameTerms: nameTermsOf(name, description),
      }));
      const ranked = suggestThemes(terms.get(ref)!, profiles, idfOf).map((s) => s.themeId);
      if (ranked[0] === theme) first++;
      if (ranked.includes(theme)) inThree++;
    }
    console.info(`theme suggestions, leave-one-out on the seed's ${themeOf.size} themed ideas: first ${first}, top 3 ${inThree}`);
    // Measured: 11 first and 14 in the three suggestions (a theme drawn at random: 4 in 19 first).
    expect(first).toBeGreaterThanOrEqual(11);
    expect(inThree).toBeGreaterThanOrEqual(14);
  });
});
