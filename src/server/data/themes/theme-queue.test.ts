import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { user, type UserActor } from "../../../../tests/helpers/users";
import { importLyon2024 } from "../../../../tests/helpers/import-lyon";
import { addItemTheme } from "./add-item-theme";
import { findThemeQueue } from "./find-theme-queue";

let admin: UserActor;
let lyonId: string;

// Paris 2021: 23 of its 42 ideas and all 29 examples have no theme. Lyon 2024, a draft, has its own.
beforeEach(async () => {
  await seedParis2021();
  admin = await user("orga@example.org", "ADMIN");
  lyonId = await importLyon2024();
});

const unthemed = (rencontreId?: string) => db.item.count({ where: { themes: { none: {} }, ...(rencontreId ? { rencontreId } : {}) } });

describe("the « à thématiser » queue", () => {
  it("lists the ideas first, then the examples, with no theme, drafts included, each with at most three suggestions", async () => {
    const queue = await findThemeQueue(admin, 1);
    expect(queue.total).toBe(await unthemed());
    expect(queue.total).toBeGreaterThan(52);
    expect(queue.items).toHaveLength(20);
    expect(queue.items[0]!.kind).toBe("IDEA");
    // The latest rencontre first: Lyon's draft.
    expect(queue.items[0]!.rencontre).toMatchObject({ city: "Lyon", status: "DRAFT" });
    for (const item of queue.items) expect(item.suggestions.length).toBeLessThanOrEqual(3);
    const themes = new Set((await db.theme.findMany({ select: { name: true } })).map((t) => t.name));
    expect(queue.items.flatMap((i) => i.suggestions.map((s) => s.name)).every((n) => themes.has(n))).toBe(true);
    // A reworded idea finds the theme of the Paris idea it rewords.
    const internships = queue.items.find((i) => i.plainText.startsWith("Des stages de découverte"));
    expect(internships?.suggestions[0]?.name).toBe("Apprentissage et formation");
    const last = await findThemeQueue(admin, queue.pages);
    expect(last.items.at(-1)!.kind).toBe("EXAMPLE");
  });

  it("gives a suggested theme in one call: audited, and the item leaves the queue", async () => {
    const before = await findThemeQueue(admin, 1);
    const item = before.items.find((i) => i.suggestions.length > 0)!;
    expect(await addItemTheme(admin, { itemId: item.id, themeId: item.suggestions[0]!.id })).toEqual({ theme: item.suggestions[0]!.name });
    const after = await findThemeQueue(admin, 1);
    expect(after.total).toBe(before.total - 1);
    expect(after.items.map((i) => i.id)).not.toContain(item.id);
    expect(await db.itemTheme.count({ where: { itemId: item.id, themeId: item.suggestions[0]!.id } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Item", entityId: item.id }, select: { action: true, summary: true, actorLabel: true } });
    expect(audit).toMatchObject({ action: "UPDATE", actorLabel: "orga@example.org" });
    expect(audit.summary).toContain(`Thème «\u202f${item.suggestions[0]!.name}\u202f» donné à «\u202f${item.plainText.slice(0, 20)}`);
  });

  it("gives a rapporteur the items of the rencontres they are invited to only, and nothing to one invited nowhere", async () => {
    const stranger = await user("rapporteur@example.org", "RAPPORTEUR");
    expect(await findThemeQueue(stranger, 1)).toMatchObject({ total: 0, items: [] });
    const paris = await findThemeQueue(admin, 3);
    const parisItem = paris.items.find((i) => i.rencontre.city === "Paris")!;
    const theme = await db.theme.findFirstOrThrow({ select: { id: true } });
    await expect(addItemTheme(stranger, { itemId: parisItem.id, themeId: theme.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.itemTheme.count({ where: { itemId: parisItem.id } })).toBe(0);

    await db.rencontreEditor.create({ data: { rencontreId: lyonId, userId: stranger.id } });
    const lyon = await findThemeQueue(stranger, 1);
    expect(lyon.total).toBe(await unthemed(lyonId));
    expect(lyon.items.every((i) => i.rencontre.city === "Lyon")).toBe(true);
    await expect(addItemTheme(stranger, { itemId: parisItem.id, themeId: theme.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await addItemTheme(stranger, { itemId: lyon.items[0]!.id, themeId: theme.id });
    expect((await findThemeQueue(stranger, 1)).total).toBe(lyon.total - 1);
  });
});
