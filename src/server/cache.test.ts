import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { cachedRead, forgetCatalogueVersion } from "./cache";
import { bumpCatalogueVersion } from "./data/catalogue/catalogue-version";

beforeEach(() => {
  process.env.RENCONTRES_CACHE = "on";
  forgetCatalogueVersion();
});
afterEach(() => {
  process.env.RENCONTRES_CACHE = "off";
  vi.useRealTimers();
});

describe("the public read cache", () => {
  it("serves a read once per catalogue version, and again after a write in this process", async () => {
    let loads = 0;
    const read = () => cachedRead("figures", async () => ++loads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await db.$transaction((tx) => bumpCatalogueVersion(tx));
    forgetCatalogueVersion();
    expect(await read()).toBe(2);
  });

  it("sees a write made by another process within a second", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    let loads = 0;
    const read = () => cachedRead("other-process", async () => ++loads);
    expect(await read()).toBe(1);
    // Another instance (or the CLI import) bumps the version in the shared database.
    await db.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 5 }, update: { version: { increment: 5 } } });
    expect(await read()).toBe(1);
    vi.setSystemTime(Date.now() + 1500);
    expect(await read()).toBe(2);
  });

  it("shares one load between concurrent callers and forgets failures", async () => {
    let loads = 0;
    const slow = () =>
      cachedRead("slow", async () => {
        loads += 1;
        await new Promise((r) => setTimeout(r, 20));
        return loads;
      });
    expect(await Promise.all([slow(), slow(), slow()])).toEqual([1, 1, 1]);
    await expect(cachedRead("failing", async () => Promise.reject(new Error("base indisponible")))).rejects.toThrow("base indisponible");
    expect(await cachedRead("failing", async () => "ok")).toBe("ok");
  });
});
