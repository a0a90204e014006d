import { describe, expect, it } from "vitest";
import { themesApply } from "./theme-facet";

const theme = (value: string, count: number, selected = false) => ({ value, count, selected });

describe("themesApply", () => {
  it("shows every theme, zero counts included, when some result has a theme", () => {
    expect(themesApply([theme("lieux", 0), theme("apprentissage", 1), theme("sans-theme", 3)], 4)).toBe(true);
  });

  it("hides the block when no result carries a theme (the examples), or when there is no theme at all", () => {
    expect(themesApply([theme("lieux", 0), theme("apprentissage", 0), theme("sans-theme", 29)], 29)).toBe(false);
    expect(themesApply([], 29)).toBe(false);
    expect(themesApply([theme("sans-theme", 29)], 29)).toBe(false);
  });

  it("keeps a chosen theme, and the themes of a search that found nothing", () => {
    expect(themesApply([theme("lieux", 0, true), theme("sans-theme", 0)], 0)).toBe(true);
    expect(themesApply([theme("lieux", 0), theme("apprentissage", 0)], 0)).toBe(true);
  });
});
