import { describe, expect, it } from "vitest";
import { describeTableDifferences, type TableSnapshot } from "./table-changes";

const base: TableSnapshot = {
  number: 1,
  title: null,
  participants: [{ name: "Daisy AQUE", organisation: "Caracol" }],
  objectives: [{ text: "Se connaître" }],
  examples: [],
  ideas: [{ text: "Un **Vis ma vie** entre ES et TS" }],
};

describe("describeTableDifferences", () => {
  it("names what only the saved version has and what only the person's copy has", () => {
    const saved = { ...base, ideas: [...base.ideas, { text: "Une formation commune" }] };
    const mine = { ...base, number: 2, objectives: [{ text: "Se connaître mieux" }] };
    expect(describeTableDifferences(saved, mine)).toEqual([
      "Numéro de table : 1 enregistré, 2 dans votre version.",
      "Objectifs — seulement dans la version enregistrée : « Se connaître »",
      "Objectifs — seulement dans votre version : « Se connaître mieux »",
      "Pistes — seulement dans la version enregistrée : « Une formation commune »",
    ]);
  });

  it("says nothing when both copies are the same", () => {
    expect(describeTableDifferences(base, structuredClone(base))).toEqual([]);
  });
});
