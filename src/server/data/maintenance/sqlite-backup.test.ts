import { writeFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/database-url";
import { systemActor } from "@/server/actor";
import { databaseKind, db } from "@/server/db";
import { deleteTable } from "@/server/data/tables/delete-table";
import { createTheme } from "@/server/data/themes/create-theme";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { TMP_DIR } from "../../../../tests/setup/paths";
import { backupSqlite, integrityCheck, restoreSqlite, tableCounts } from "./sqlite-backup";

const target = sqliteFilePath(process.env.DATABASE_URL!) ?? "";
const backupFile = path.join(TMP_DIR, `sauvegarde-${process.env.VITEST_POOL_ID ?? "0"}.db`);

beforeEach(async () => {
  if (databaseKind === "sqlite") await seedParis2021();
});

describe.skipIf(databaseKind !== "sqlite")("backup and restore of the SQLite database", () => {
  it("backs up while the app is connected, then restores over later changes: integrity ok and every count as in the backup", async () => {
    const { counts: saved } = await backupSqlite(target, backupFile);
    expect(saved).toMatchObject({ Rencontre: 1, Table: 6, ItemSearch: 71 });
    expect(saved.Item).toBe(71);

    // Changes after the backup: a table deleted, a theme added.
    const table = await db.table.findFirstOrThrow({ where: { number: 2 }, select: { id: true, version: true } });
    await deleteTable(systemActor("test"), table.id, table.version);
    await createTheme(systemActor("test"), { name: "Un thème d'après la sauvegarde", description: null });
    expect(tableCounts(target).Table).toBe(5);

    await db.$disconnect();
    const { counts, integrity } = await restoreSqlite(backupFile, target);
    expect(integrity).toBe("ok");
    expect(counts).toEqual(saved);
    // The app reads the restored data, search index included.
    expect(await db.table.count()).toBe(6);
    expect(await db.theme.count({ where: { name: "Un thème d'après la sauvegarde" } })).toBe(0);
    expect(integrityCheck(target)).toBe("ok");
  });

  it("refuses a damaged file or another database, and leaves the target as it was", async () => {
    const before = tableCounts(target);
    const damaged = path.join(TMP_DIR, "abime.db");
    writeFileSync(damaged, "pas une base SQLite");
    await expect(restoreSqlite(damaged, target)).rejects.toThrow(/pas une base SQLite lisible|endommagé/);
    await db.$disconnect();
    const other = path.join(TMP_DIR, `autre-${process.env.VITEST_POOL_ID ?? "0"}.db`);
    const Database = (await import("better-sqlite3")).default;
    const foreign = new Database(other);
    foreign.exec("DROP TABLE IF EXISTS t; CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1);");
    foreign.close();
    await expect(restoreSqlite(other, target)).rejects.toThrow("n'est pas une sauvegarde de Rencontres");
    expect(tableCounts(target)).toEqual(before);
  });
});
