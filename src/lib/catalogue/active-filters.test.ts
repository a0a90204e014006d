import { describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { activeFilterCount, activeFilters, resultSentence } from "./active-filters";

const filters = (params: Record<string, string | string[]>) => parseCatalogueQuery(params).filters;
const labels = {
  theme: [
    { value: "apprentissage-et-formation", label: "Apprentissage et formation" },
    { value: "lieux-et-espaces-de-rencontre", label: "Lieux et espaces de rencontre" },
  ],
  ville: [{ value: "paris", label: "Paris" }],
};

describe("resultSentence", () => {
  it("says which results of how many, for which words and themes", () => {
    expect(resultSentence("IDEA", filters({ q: "stage", theme: "apprentissage-et-formation" }), 42, labels)).toBe(
      "1 à 20 sur 42 pistes pour «\u202fstage\u202f» dans Apprentissage et formation",
    );
    expect(resultSentence("IDEA", filters({ page: "3" }), 42, labels)).toBe("41 à 42 sur 42 pistes");
    expect(resultSentence("IDEA", filters({ theme: ["apprentissage-et-formation", "lieux-et-espaces-de-rencontre"] }), 9, labels)).toBe(
      "9 pistes dans Apprentissage et formation ou Lieux et espaces de rencontre",
    );
  });

  it("follows French gender and number: aucune piste, 1 exemple, pistes réalisées", () => {
    expect(resultSentence("IDEA", filters({ q: "zzz" }), 0, labels)).toBe("Aucune piste pour «\u202fzzz\u202f»");
    expect(resultSentence("EXAMPLE", filters({ ville: "paris" }), 0, labels)).toBe("Aucun exemple à Paris");
    expect(resultSentence("EXAMPLE", filters({}), 1, labels)).toBe("1 exemple");
    expect(resultSentence("IDEA", filters({ statut: ["realisee", "en-cours"] }), 3, labels)).toBe("3 pistes réalisées ou en cours");
    expect(resultSentence("IDEA", filters({ statut: "realisee", annee: "2021" }), 1, labels)).toBe("1 piste réalisée en 2021");
    expect(resultSentence("IDEA", filters({ theme: "sans-theme" }), 2, labels)).toBe("2 pistes sans thème");
  });
});

describe("activeFilters", () => {
  it("gives one chip per value, each linking to the view without it", () => {
    const chips = activeFilters(
      "/pistes",
      filters({ q: "stage", theme: ["apprentissage-et-formation", "lieux-et-espaces-de-rencontre"], page: "2" }),
      labels,
    );
    expect(chips.map((c) => `${c.name}: ${c.value}`)).toEqual([
      "Mots: «\u202fstage\u202f»",
      "Thème: Apprentissage et formation",
      "Thème: Lieux et espaces de rencontre",
    ]);
    expect(chips.map((c) => c.href)).toEqual([
      "/pistes?theme=apprentissage-et-formation&theme=lieux-et-espaces-de-rencontre#resultats",
      "/pistes?q=stage&theme=lieux-et-espaces-de-rencontre#resultats",
      "/pistes?q=stage&theme=apprentissage-et-formation#resultats",
    ]);
  });

  it("keeps a chosen order, but drops relevance with the words", () => {
    const chips = activeFilters("/pistes", filters({ q: "stage", tri: "recurrentes", ville: "paris" }), labels);
    expect(chips.map((c) => c.href)).toEqual(["/pistes?ville=paris&tri=recurrentes#resultats", "/pistes?q=stage&tri=recurrentes#resultats"]);
    expect(activeFilters("/pistes", filters({ q: "stage" }), labels)[0]!.href).toBe("/pistes#resultats");
  });

  it("counts every active value, not the order", () => {
    expect(activeFilterCount(filters({}))).toBe(0);
    expect(activeFilterCount(filters({ q: "stage", theme: ["a", "b"], statut: "realisee", tri: "recentes" }))).toBe(4);
  });
});
