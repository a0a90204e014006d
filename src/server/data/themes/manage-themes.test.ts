import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { ThemeFormSchema, ThemeMergeSchema } from "@/lib/schemas/theme-form";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { searchItems } from "@/server/data/search/search-items";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { findThemesWithCounts } from "./find-themes-with-counts";
import { getTheme } from "./get-theme";
import { createTheme } from "./create-theme";
import { findThemesForAdmin } from "./find-themes-for-admin";
import { mergeThemes } from "./merge-themes";
import { updateTheme } from "./update-theme";
import { user } from "../../../../tests/helpers/users";

let admin: Actor;
const rapporteur: Actor = { kind: "user", id: "rapporteur", role: "RAPPORTEUR", email: "rapporteur@example.org" };

const themeBySlug = (slug: string) => db.theme.findUniqueOrThrow({ where: { slug }, select: { id: true, name: true, description: true, version: true } });
const publicCounts = async () => Object.fromEntries((await findThemesWithCounts()).map((t) => [t.slug, t.ideas]));

beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
});

describe("theme administration", () => {
  it("lists the five themes of the seed with their ideas and examples", async () => {
    const themes = await findThemesForAdmin(admin);
    expect(themes.map((t) => t.name)).toEqual([
      "Lieux et espaces de rencontre",
      "Apprentissage et formation",
      "Communication et valorisation",
      "Dispositions législatives",
      "Instances et outils tiers entre l'ESS et le travail social",
    ]);
    const counts = await publicCounts();
    for (const t of themes) expect(t.ideas).toBe(counts[t.slug]);
    expect(themes.reduce((n, t) => n + t.ideas, 0)).toBeGreaterThan(0);
  });

  it("creates a theme at the end of the taxonomy, and refuses a name already taken on the name field", async () => {
    const created = await createTheme(admin, { name: "Logement et hébergement", description: "Colocations, tiers-lieux, accueil." });
    expect(created.slug).toBe("logement-et-hebergement");
    expect((await findThemesForAdmin(admin)).at(-1)).toMatchObject({ name: "Logement et hébergement", ideas: 0, examples: 0, synthesisGroups: 0 });
    expect((await findThemesWithCounts()).map((t) => t.slug)).toContain("logement-et-hebergement");
    expect(await db.auditLog.count({ where: { action: "CREATE", entityType: "Theme", entityId: created.id, userId: admin.kind === "user" ? admin.id : "" } })).toBe(1);

    await expect(createTheme(admin, { name: "APPRENTISSAGE ET FORMATION", description: null })).rejects.toMatchObject({ code: "INVALID", field: "name" });
    expect(await db.theme.count()).toBe(6);
  });

  it("renames a theme and keeps its slug, so that shared links still work", async () => {
    const theme = await themeBySlug("apprentissage-et-formation");
    const { version } = await updateTheme(admin, theme.id, { name: "Apprendre ensemble", description: "Stages croisés et formations communes.", version: theme.version });
    expect(version).toBe(theme.version + 1);
    expect(await getTheme("apprentissage-et-formation", 1)).toMatchObject({ name: "Apprendre ensemble", description: "Stages croisés et formations communes." });
    expect(await db.theme.findUnique({ where: { nameKey: "apprendre ensemble" }, select: { id: true } })).toEqual({ id: theme.id });
    // A new case or accent of its own name is not a duplicate of itself.
    await updateTheme(admin, theme.id, { name: "Apprendre Ensemble", description: null, version });
  });

  it("refuses another theme's name on the name field, and a stale copy with CONFLICT, writing nothing", async () => {
    const theme = await themeBySlug("apprentissage-et-formation");
    await expect(updateTheme(admin, theme.id, { name: "Dispositions legislatives", description: null, version: theme.version })).rejects.toMatchObject({ code: "INVALID", field: "name" });
    await updateTheme(admin, theme.id, { name: "Formation", description: theme.description, version: theme.version });
    await expect(updateTheme(admin, theme.id, { name: "Apprentissage", description: null, version: theme.version })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await themeBySlug("apprentissage-et-formation")).toEqual({ ...theme, name: "Formation", version: theme.version + 1 });
    await expect(updateTheme(admin, "inconnu", { name: "Formation", description: null, version: 1 })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("merges a theme into another: every link moves once, the synthesis follows, the public counts too", async () => {
    const source = await themeBySlug("communication-et-valorisation");
    const target = await themeBySlug("lieux-et-espaces-de-rencontre");
    const sourceItems = (await db.itemTheme.findMany({ where: { themeId: source.id }, select: { itemId: true } })).map((l) => l.itemId);
    const targetItems = (await db.itemTheme.findMany({ where: { themeId: target.id }, select: { itemId: true } })).map((l) => l.itemId);
    expect(sourceItems.length).toBeGreaterThan(0);
    // An idea filed under both themes must not end up linked twice.
    const idea = await db.item.findFirstOrThrow({ where: { kind: "IDEA", id: { in: sourceItems, notIn: targetItems } }, select: { id: true } });
    await db.itemTheme.create({ data: { itemId: idea.id, themeId: target.id } });
    const sourceGroups = await db.synthesisGroup.count({ where: { themeId: source.id } });
    const targetGroups = await db.synthesisGroup.count({ where: { themeId: target.id } });
    const before = await publicCounts();
    const inBoth = await db.item.count({ where: { kind: "IDEA", AND: [{ themes: { some: { themeId: source.id } } }, { themes: { some: { themeId: target.id } } }] } });
    expect(inBoth).toBeGreaterThan(0);

    const merged = await mergeThemes(admin, source.id, target.id);
    expect(merged).toMatchObject({ targetId: target.id, slug: "lieux-et-espaces-de-rencontre" });

    expect(await db.theme.findUnique({ where: { id: source.id } })).toBeNull();
    const links = (await db.itemTheme.findMany({ where: { themeId: target.id }, select: { itemId: true } })).map((l) => l.itemId);
    expect(links.sort()).toEqual([...new Set([...sourceItems, ...targetItems])].sort());
    expect(await db.synthesisGroup.count({ where: { themeId: target.id } })).toBe(sourceGroups + targetGroups);
    const after = await publicCounts();
    expect(after["communication-et-valorisation"]).toBeUndefined();
    expect(after["lieux-et-espaces-de-rencontre"]).toBe(before["lieux-et-espaces-de-rencontre"]! + before["communication-et-valorisation"]! - inBoth);
    const filtered = await searchItems("IDEA", parseCatalogueQuery({ theme: "lieux-et-espaces-de-rencontre" }).filters);
    expect(filtered.total).toBe(after["lieux-et-espaces-de-rencontre"]);
    expect(await db.auditLog.findFirst({ where: { action: "MERGE", entityType: "Theme" }, select: { entityId: true, summary: true } })).toEqual({
      entityId: target.id,
      summary: expect.stringContaining("« Communication et valorisation » fusionné dans « Lieux et espaces de rencontre »"),
    });
  });

  it("refuses a merge into itself or into a theme that no longer exists", async () => {
    const theme = await themeBySlug("apprentissage-et-formation");
    await expect(mergeThemes(admin, theme.id, theme.id)).rejects.toMatchObject({ code: "INVALID", field: "targetId" });
    await expect(mergeThemes(admin, theme.id, "disparu")).rejects.toMatchObject({ code: "NOT_FOUND", field: "targetId" });
    expect(await db.itemTheme.count({ where: { themeId: theme.id } })).toBeGreaterThan(0);
  });

  it("is for organisers only", async () => {
    const theme = await themeBySlug("apprentissage-et-formation");
    const other = await themeBySlug("dispositions-legislatives");
    await expect(findThemesForAdmin(rapporteur)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createTheme(rapporteur, { name: "Nouveau thème", description: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateTheme(rapporteur, theme.id, { name: "Piraté", description: null, version: theme.version })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(mergeThemes(rapporteur, theme.id, other.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.theme.count()).toBe(5);
    expect((await themeBySlug("apprentissage-et-formation")).name).toBe("Apprentissage et formation");
  });
});

describe("theme form schemas", () => {
  it("checks the name's length and reports a merge into itself on the target field", () => {
    expect(ThemeFormSchema.safeParse({ name: " A ", version: "1" }).error?.issues[0]?.path).toEqual(["name"]);
    expect(ThemeFormSchema.parse({ name: "  Logement ", description: "", version: "3" })).toEqual({ name: "Logement", description: null, version: 3 });
    const same = ThemeMergeSchema.safeParse({ sourceId: "a", targetId: "a", confirm: "oui" });
    expect(same.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["targetId", "Choisissez un autre thème que celui à fusionner."]]);
    expect(ThemeMergeSchema.safeParse({ sourceId: "a", targetId: "b" }).error?.issues[0]?.path).toEqual(["confirm"]);
  });
});
