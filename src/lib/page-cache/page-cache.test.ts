import { describe, expect, it } from "vitest";
import { cacheKeyOf, isCanonicalCacheKey, searchParamsOfCacheKey, viewSearch } from "./page-cache";

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
    // The home page reads no query string: one key only; the observatory, one per year.
    expect(isCanonicalCacheKey("accueil", key)).toBe(false);
    expect(isCanonicalCacheKey("observatoire", "tout")).toBe(true);
    expect(isCanonicalCacheKey("observatoire", key)).toBe(false);
    const year = (query: string) => cacheKeyOf(new URLSearchParams(query));
    expect(isCanonicalCacheKey("observatoire", year("annee=2021"))).toBe(true);
    for (const junk of ["annee=21", "annee=3021", "annee=2021&q=x", "annee=2021&annee=2022", "annee=%202021"])
      expect(isCanonicalCacheKey("observatoire", year(junk)), junk).toBe(false);
    // Junk, keys that do not decode, padded or re-encoded variants, and very long keys.
    for (const junk of ["AAAA", "%%%", "_w", `${key}A`, `${key}=`, "x".repeat(5000), cacheKeyOf(new URLSearchParams([["q", "a".repeat(700)]]))]) {
      expect(isCanonicalCacheKey("pistes", junk), junk.slice(0, 40)).toBe(false);
    }
  });
});

describe("what each view reads of the query string", () => {
  it("keeps the whole catalogue query but Next.js' own parameter, the observatory's year alone, and nothing of the home page's", () => {
    const search = new URLSearchParams("q=stage&annee=2021&_rsc=abc&x=1");
    expect(viewSearch("pistes", search).toString()).toBe("q=stage&annee=2021&x=1");
    expect(viewSearch("observatoire", search).toString()).toBe("annee=2021");
    expect(viewSearch("observatoire", new URLSearchParams("annee=deux-mille")).toString()).toBe("");
    expect(viewSearch("accueil", search).toString()).toBe("");
  });
});
