import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { forgetCatalogueVersion } from "@/server/cache";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { fromFacetIndex, getFacetIndex, resetFacetIndex, type FacetIndex } from "./facet-index";

// As in the server: the index kept per catalogue version, the reads cached.
beforeEach(async () => {
  await seedParis2021();
  process.env.RENCONTRES_CACHE = "on";
  delete process.env.RENCONTRES_FACET_INDEX;
  forgetCatalogueVersion();
  resetFacetIndex();
});
afterEach(() => {
  process.env.RENCONTRES_CACHE = "off";
  process.env.RENCONTRES_FACET_INDEX = "fresh";
  delete process.env.NEXT_RUNTIME;
  resetFacetIndex();
});

const write = async () => {
  await db.$transaction((tx) => bumpCatalogueVersion(tx));
  forgetCatalogueVersion();
};
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe("figures derived from the facet index", () => {
  it("are worked out once per catalogue version, and again after a write", async () => {
    const seen: number[] = [];
    const figures = fromFacetIndex("test-once", async (index: FacetIndex) => {
      seen.push(index.version);
      return index.kinds.IDEA.size;
    });
    expect(await figures()).toBe(42);
    expect(await figures()).toBe(42);
    expect(seen).toHaveLength(1);
    await write();
    await figures();
    expect(seen).toEqual([seen[0], seen[0]! + 1]);
  });

  it("are worked out in the server as soon as a new version's index is built, before anyone asks", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    const seen: number[] = [];
    const figures = fromFacetIndex("test-ahead", async (index: FacetIndex) => {
      seen.push(index.version);
      return index.version;
    });
    await write();
    const index = await getFacetIndex();
    await nextTurn();
    expect(seen).toEqual([index.version]);
    // The visitor's request finds them done.
    expect(await figures()).toBe(index.version);
    expect(seen).toHaveLength(1);
  });

  it("forget a failure (the database down): the next visitor tries again", async () => {
    let calls = 0;
    const figures = fromFacetIndex("test-failure", async () => {
      calls += 1;
      if (calls === 1) throw new Error("base injoignable");
      return "ok";
    });
    await expect(figures()).rejects.toThrow("base injoignable");
    expect(await figures()).toBe("ok");
  });

  it("are worked out on each call with the read cache off", async () => {
    process.env.RENCONTRES_CACHE = "off";
    let calls = 0;
    const figures = fromFacetIndex("test-off", async () => ++calls);
    await figures();
    await figures();
    expect(calls).toBe(2);
  });
});
