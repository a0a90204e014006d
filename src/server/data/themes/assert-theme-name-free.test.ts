import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { user } from "../../../../tests/helpers/users";
import { createTheme } from "./create-theme";
import { upsertThemes } from "./upsert-themes";

let admin: Actor;
beforeEach(async () => {
  admin = await user("orga@example.org", "ADMIN");
});

describe("the « Sans thème » filter value", () => {
  it("is never a theme's address: creating or importing a theme of that name is refused in French", async () => {
    await expect(createTheme(admin, { name: "Sans thème", description: null })).rejects.toMatchObject({ code: "INVALID", field: "name", message: expect.stringContaining("n’ont pas de thème") });
    await expect(upsertThemes(admin, [{ name: "Logement" }, { name: "SANS-THÈME" }])).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.theme.count({ where: { slug: { startsWith: "sans-theme" } } })).toBe(0);
    // Other names still pass.
    await expect(createTheme(admin, { name: "Sans thème fixe", description: null })).resolves.toMatchObject({ slug: "sans-theme-fixe" });
  });
});
