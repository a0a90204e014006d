import { describe, expect, it } from "vitest";
import { ORGANISATION_KINDS } from "@/lib/schemas/organisation";
import { heatFill, heatText, ORGANISATION_FAMILIES, wrapLabel } from "./charts";

describe("observatory charts", () => {
  it("wraps a long theme name on word boundaries and marks what it cuts", () => {
    expect(wrapLabel("Instances et outils tiers entre l’ESS et le travail social", 24, 3)).toEqual([
      "Instances et outils",
      "tiers entre l’ESS et le",
      "travail social",
    ]);
    expect(wrapLabel("Instances et outils tiers entre l’ESS et le travail social", 24, 2)).toEqual([
      "Instances et outils",
      "tiers entre l’ESS et le…",
    ]);
  });

  it("gives empty cells the paper colour, the largest the darkest, with readable text", () => {
    expect(heatFill(0, 8)).toBe("#f4f1ea");
    expect(heatFill(8, 8)).toBe("#7d2920");
    expect([heatText(1, 8), heatText(8, 8)]).toEqual(["#1c1b22", "#ffffff"]);
  });

  it("puts every organisation kind in exactly one family", () => {
    expect(ORGANISATION_FAMILIES.flatMap((f) => f.kinds).sort()).toEqual([...ORGANISATION_KINDS].sort());
  });
});
