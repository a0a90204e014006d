import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgetCatalogueVersion } from "@/server/cache";
import { personKey } from "@/lib/text/normalize";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { getCatalogueFigures } from "@/server/data/stats/get-catalogue-figures";
import { createTable } from "@/server/data/tables/create-table";
import { findThemesWithCounts } from "@/server/data/themes/find-themes-with-counts";
import { upsertThemes } from "@/server/data/themes/upsert-themes";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user, type UserActor } from "../../../../tests/helpers/users";

let admin: UserActor;

// What the write path asks of Next.js' page cache, recorded instead of done (no server here).
const pageCache = vi.hoisted(() => ({ expired: [] as string[], stale: [] as string[] }));
vi.mock("next/cache", () => ({
  revalidatePath: (path: string, type?: string) => pageCache.expired.push(type ? `${path} (${type})` : path),
  revalidateTag: (tag: string, profile: string) => pageCache.stale.push(`${tag} (${profile})`),
}));

// The public reads are cached per catalogue version here, as in production: a write that
// does not go through the write path leaves them stale.
beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  process.env.RENCONTRES_CACHE = "on";
  forgetCatalogueVersion();
  pageCache.expired = [];
  pageCache.stale = [];
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

  it("keeps the public caches warm while a draft is edited, and shows its tables once it is published", async () => {
    const version = async () => (await db.catalogueState.findUniqueOrThrow({ where: { id: 1 } })).version;
    const paris = await db.rencontre.update({ where: { slug: "paris-2021" }, data: { status: "DRAFT" }, select: { id: true, version: true } });
    const figures = await getCatalogueFigures();
    const before = await version();
    await createTable(admin, paris.id, { number: 7, title: "Table du brouillon" });
    // Nothing public changed: the same cached answer is served, and no cache was dropped.
    expect(await version()).toBe(before);
    expect(await getCatalogueFigures()).toBe(figures);
    expect(await db.table.count({ where: { rencontreId: paris.id, number: 7 } })).toBe(1);

    await setRencontreStatus(admin, { id: paris.id, status: "PUBLISHED", version: paris.version });
    expect(await version()).toBe(before + 1);
    expect((await getRencontre("paris-2021"))!.tables.map((t) => t.number)).toContain(7);
    await createTable(admin, paris.id, { number: 8, title: "Table publiée" });
    expect(await version()).toBe(before + 2);
    expect((await getRencontre("paris-2021"))!.tables.map((t) => t.number)).toContain(8);
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

  it("renders afresh the pages of the rencontre saved, and serves the others stale while they render", async () => {
    const paris = await db.rencontre.findUniqueOrThrow({ where: { slug: "paris-2021" }, select: { id: true, tables: { select: { number: true }, orderBy: { number: "asc" } } } });
    await createTable(admin, paris.id, { number: 7, title: "Table ajoutée" });
    expect(pageCache.expired).toEqual(["/rencontres/paris-2021", ...[...paris.tables.map((t) => t.number), 7].sort().map((n) => `/rencontres/paris-2021/tables/${n}`)]);
    expect(pageCache.stale).toContain("_N_T_/cache/layout (max)");
    expect(pageCache.stale).toContain("_N_T_/rencontres/layout (max)");
    // Never the tag that expiries use: Next.js keeps one expiry per tag, and this would put it off.
    expect(pageCache.stale).not.toContain("_N_T_/layout (max)");
  });

  it("makes every page render afresh when something is withdrawn from the public", async () => {
    const paris = await db.rencontre.findUniqueOrThrow({ where: { slug: "paris-2021" }, select: { id: true, version: true } });
    await setRencontreStatus(admin, { id: paris.id, status: "DRAFT", version: paris.version });
    expect(pageCache.expired).toEqual(["/ (layout)"]);
    expect(pageCache.stale).toEqual([]);
  });

  it("lets two imports that create the same new organisation and person at once both succeed, each once", async () => {
    const document = (city: string) =>
      Buffer.from(
        `# Grande Rencontre de ${city}\n\n## SYNTHÈSE PAR TABLES\n\n### TABLE 1\n\nAutour de la table : Apolline VERNIER (Coopérative de l’Étoile du Berger), Basile ROCHE (Atelier des Possibles Vernier)\n\n#### Principaux objectifs de la collaboration :\n\n- Se connaître\n\n#### Exemples de collaboration :\n\n- Un chantier partagé à ${city}\n\n#### Pistes de future collaboration :\n\n- Une piste née à ${city}\n`,
      );
    const results = await Promise.all(
      (["Vierzon", "Valence"] as const).map((city) =>
        importCompteRendu(systemActor("test"), document(city), { asNew: true, publish: false, city, date: "2034-05-06" }),
      ),
    );
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(await db.organisation.count({ where: { name: { in: ["Coopérative de l’Étoile du Berger", "Atelier des Possibles Vernier"] } } })).toBe(2);
    expect(await db.person.count({ where: { nameKey: personKey("Apolline VERNIER") } })).toBe(1);
  });
});

