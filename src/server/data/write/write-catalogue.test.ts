import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { forgetCatalogueVersion } from "@/server/cache";
import { db } from "@/server/db";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";
import { createTable } from "@/server/data/tables/create-table";
import { findThemesWithCounts } from "@/server/data/themes/find-themes-with-counts";
import { upsertThemes } from "@/server/data/themes/upsert-themes";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user, type UserActor } from "../../../../tests/helpers/users";

let admin: UserActor;

// The public reads are cached per catalogue version here, as in production: a write that
// does not go through the write path leaves them stale.
beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  process.env.RENCONTRES_CACHE = "on";
  forgetCatalogueVersion();
});
afterEach(() => {
  process.env.RENCONTRES_CACHE = "off";
});

describe("the write path", () => {
  it("shows a table added to a published rencontre at once on its cached public page", async () => {
    const before = await getRencontre("paris-2021");
    expect(before!.tables.map((t) => t.number)).not.toContain(7);
    const paris = await db.rencontre.findUniqueOrThrow({ where: { slug: "paris-2021" }, select: { id: true } });
    await createTable(admin, paris.id, { number: 7, title: "Table ajoutée" });
    const after = await getRencontre("paris-2021");
    expect(after!.tables.map((t) => t.number)).toContain(7);
    expect(await db.auditLog.count({ where: { action: "CREATE", entityType: "Table", rencontreId: paris.id } })).toBe(1);
  });

  it("audits the themes upsertThemes adds and shows them at once; an unchanged taxonomy writes nothing", async () => {
    const before = await findThemesWithCounts();
    const version = (await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const audits = await db.auditLog.count();
    expect(await upsertThemes(admin, [{ name: "Mobilité solidaire" }])).toBe(1);
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityType: "Theme" }, orderBy: { at: "desc" }, select: { action: true, summary: true, userId: true } });
    expect(entry).toMatchObject({ action: "CREATE", userId: admin.id });
    expect((await findThemesWithCounts()).length).toBe(before.length + 1);
    expect((await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version + 1);

    expect(await upsertThemes(admin, [{ name: "Mobilité solidaire" }])).toBe(0);
    expect(await db.auditLog.count()).toBe(audits + 1);
    expect((await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } })).version).toBe(version + 1);
  });
});
