import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { databaseKind, db } from "./db";

describe.skipIf(databaseKind !== "sqlite")("write transactions on SQLite", () => {
  it("hold the write lock from their first read, so another process's write cannot invalidate what they read", async () => {
    const other = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { timeout: 0 });
    let otherWrite: unknown = null;
    try {
      await db.$transaction(async (tx) => {
        await tx.theme.count();
        // Another process writes between this transaction's read and its write.
        try {
          other
            .prepare(
              `INSERT INTO "CatalogueState" ("id", "version", "updatedAt") VALUES (1, 1, 0) ON CONFLICT("id") DO UPDATE SET "version" = "version" + 1`,
            )
            .run();
        } catch (error) {
          otherWrite = error;
        }
        await tx.theme.create({ data: { slug: "verrou", name: "Verrou", nameKey: "verrou" } });
      });
    } finally {
      other.close();
    }
    // The transaction committed; the other process was told to wait (busy), not silently ahead.
    expect(await db.theme.count({ where: { slug: "verrou" } })).toBe(1);
    expect(otherWrite).toMatchObject({ code: "SQLITE_BUSY" });
  });
});
