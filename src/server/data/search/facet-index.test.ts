import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { forgetCatalogueVersion } from "@/server/cache";
import { TableFormSchema } from "@/lib/schemas/table-form";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { updateTable } from "@/server/data/tables/update-table";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user } from "../../../../tests/helpers/users";
import { searchItems } from "./search-items";
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

describe("the index after a table save", () => {
  it("is kept when only the title and the texts changed, and built again when a theme did", async () => {
    const admin = await user("orga@example.org", "ADMIN");
    const paris = await db.rencontre.findFirstOrThrow({ where: { slug: "paris-2021" }, select: { id: true } });
    const formOf = async () => {
      const table = (await getTableForEdit(admin, paris.id, { number: 2 }))!;
      return { id: table.id, ...TableFormSchema.parse(table) };
    };
    const themeCount = async (slug: string) =>
      (await searchItems("IDEA", parseCatalogueQuery({}).filters)).facets.theme.find((t) => t.value === slug)?.count ?? 0;
    // Saved once as it is first: the imported organisations cited in its texts are those a save finds again.
    const imported = await formOf();
    await updateTable(admin, imported.id, imported);
    const before = await getFacetIndex();
    const counted = await themeCount("dispositions-legislatives");

    const { id, ...form } = await formOf();
    await updateTable(admin, id, { ...form, title: "Table relue", ideas: form.ideas.map((idea) => ({ ...idea, text: `${idea.text} (relu)` })) });
    const kept = await getFacetIndex();
    expect(kept.version).toBe(before.version + 1);
    expect(kept.kinds).toBe(before.kinds);
    // The texts are searched in the database: the new words are found at once.
    expect((await searchItems("IDEA", parseCatalogueQuery({ q: "relu" }).filters)).total).toBe(form.ideas.length);

    const again = await formOf();
    const theme = await db.theme.findFirstOrThrow({ where: { slug: "dispositions-legislatives" }, select: { id: true } });
    const untagged = again.ideas.filter((idea) => !idea.themes.includes(theme.id));
    expect(untagged.length).toBeGreaterThan(0);
    await updateTable(admin, again.id, { ...again, ideas: again.ideas.map((idea) => ({ ...idea, themes: [...new Set([...idea.themes, theme.id])] })) });
    const rebuilt = await getFacetIndex();
    expect(rebuilt.kinds).not.toBe(before.kinds);
    expect(await themeCount("dispositions-legislatives")).toBe(counted + untagged.length);
  });
});
