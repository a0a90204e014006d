import { describe, expect, it } from "vitest";
import { cacheKeyOf, searchParamsOfCacheKey } from "./page-cache";

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
