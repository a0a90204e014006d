import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { systemActor } from "@/server/actor";
import { databaseKind, db } from "@/server/db";
import { deleteTable } from "@/server/data/tables/delete-table";
import { createTheme } from "@/server/data/themes/create-theme";
import { searchItems } from "@/server/data/search/search-items";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { TMP_DIR } from "../../../../tests/setup/paths";
import { backupPostgres, postgresTableCounts, restorePostgres } from "./postgres-backup";

const url = process.env.DATABASE_URL!;
const backupFile = path.join(TMP_DIR, `sauvegarde-${process.env.VITEST_POOL_ID ?? "0"}.dump`);

beforeEach(async () => {
  if (databaseKind === "postgresql") await seedParis2021();
});

describe.skipIf(databaseKind !== "postgresql")("backup and restore of the PostgreSQL database", () => {
  it("dumps while the app is connected, then restores over later changes: every count as in the backup, search included", async () => {
    const { counts: saved } = await backupPostgres(url, backupFile);
    expect(saved).toMatchObject({ Rencontre: 1, Table: 6, Item: 71 });

    const table = await db.table.findFirstOrThrow({ where: { number: 2 }, select: { id: true, version: true } });
    await deleteTable(systemActor("test"), table.id, table.version);
    await createTheme(systemActor("test"), { name: "Un thème d'après la sauvegarde", description: null });
    expect((await postgresTableCounts(url)).Table).toBe(5);

    await db.$disconnect();
    const { counts } = await restorePostgres(backupFile, url);
    expect(counts).toEqual(saved);
    expect(await db.table.count()).toBe(6);
    expect(await db.theme.count({ where: { name: "Un thème d'après la sauvegarde" } })).toBe(0);
    // The search configuration and its index came back with the data.
    const found = await searchItems("IDEA", parseCatalogueQuery({ q: "vis ma vie" }).filters);
    expect(found.total).toBeGreaterThan(0);
  });

  it("refuses a file that is not a Rencontres dump, and leaves the database as it was", async () => {
    const before = await postgresTableCounts(url);
    const damaged = path.join(TMP_DIR, "abime.dump");
    writeFileSync(damaged, "pas une sauvegarde");
    await expect(restorePostgres(damaged, url)).rejects.toThrow("n'est pas une sauvegarde PostgreSQL lisible");
    expect(await postgresTableCounts(url)).toEqual(before);
  });
});
