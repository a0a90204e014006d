import { describe, expect, it } from "vitest";
import { firstFreeSlug, ITEM_SLUG_MAX, itemSlugBase } from "./item-slug";

describe("itemSlugBase", () => {
  it("takes the text's first words, without markup or accents, cut at a word", () => {
    expect(itemSlugBase("Un **observatoire des bonnes pratiques** répertoriant les actions locales menées")).toBe(
      "un-observatoire-des-bonnes-pratiques-repertoriant-les-actions",
    );
    expect(itemSlugBase("Des rendez-vous « Vis ma vie » entre l’ESS et le travail social")).toBe(
      "des-rendez-vous-vis-ma-vie-entre-l-ess-et-le-travail-social",
    );
    expect(itemSlugBase("x".repeat(200))).toHaveLength(ITEM_SLUG_MAX);
    expect(itemSlugBase("« … »")).toBe("sans-titre");
  });
});

describe("firstFreeSlug", () => {
  it("adds -2, -3… when the base is taken", () => {
    expect(firstFreeSlug("cafe", new Set())).toBe("cafe");
    expect(firstFreeSlug("cafe", new Set(["cafe", "cafe-2"]))).toBe("cafe-3");
  });
});
