import { describe, expect, it } from "vitest";
import { cacheKeyOf, isCanonicalCacheKey, searchParamsOfCacheKey } from "./page-cache";

describe("page cache keys", () => {
  it("carries a query string with accents, repeated names and reserved characters there and back", () => {
    const search = new URLSearchParams([
      ["q", "équipe & co/2"],
      ["theme", "lieux"],
      ["theme", "apprentissage-et-formation"],
      ["ville", "paris"],
    ]);
    const key = cacheKeyOf(search);
    expect(key).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchParamsOfCacheKey(key)).toEqual({
      q: "équipe & co/2",
      theme: ["lieux", "apprentissage-et-formation"],
      ville: "paris",
    });
  });

  it("gives one key to the bare page and no values for a key that does not decode", () => {
    expect(cacheKeyOf(new URLSearchParams())).toBe("tout");
    expect(searchParamsOfCacheKey("tout")).toEqual({});
    expect(searchParamsOfCacheKey("%%%")).toEqual({});
    expect(searchParamsOfCacheKey("_w")).toEqual({});
  });
});

describe("canonical keys", () => {
  it("accepts the keys the proxy makes, and nothing else", () => {
    const key = cacheKeyOf(
      new URLSearchParams([
        ["q", "stage"],
        ["theme", "lieux"],
      ]),
    );
    expect(isCanonicalCacheKey("pistes", key)).toBe(true);
    expect(isCanonicalCacheKey("pistes", "tout")).toBe(true);
    expect(isCanonicalCacheKey("accueil", "tout")).toBe(true);
    // The home page and the observatory read no query string: one key only.
    expect(isCanonicalCacheKey("accueil", key)).toBe(false);
    expect(isCanonicalCacheKey("observatoire", "tout")).toBe(true);
    expect(isCanonicalCacheKey("observatoire", key)).toBe(false);
    // Junk, keys that do not decode, padded or re-encoded variants, and very long keys.
    for (const junk of ["AAAA", "%%%", "_w", `${key}A`, `${key}=`, "x".repeat(5000), cacheKeyOf(new URLSearchParams([["q", "a".repeat(700)]]))]) {
      expect(isCanonicalCacheKey("pistes", junk), junk.slice(0, 40)).toBe(false);
    }
  });
});
