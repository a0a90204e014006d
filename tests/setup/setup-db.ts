import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach } from "vitest";
import { BASE_DB, TEST_POSTGRES_URL, TMP_DIR, postgresDatabaseUrl } from "./paths";
import { baseDatabase, createDatabase, emptyDatabase, workerDatabase } from "./postgres";

// Each worker has its own database (a SQLite file, or a PostgreSQL database made from the
// migrated base), reset before every test.
const poolId = process.env.VITEST_POOL_ID ?? "0";
const workerDb = path.join(TMP_DIR, `worker-${poolId}.db`);
const workerUrl = TEST_POSTGRES_URL ? postgresDatabaseUrl(TEST_POSTGRES_URL, workerDatabase(poolId)) : `file:${workerDb}`;
process.env.DATABASE_URL = workerUrl;
// Every test starts from a fresh database: an in-process cache would outlive it.
// src/server/cache.test.ts turns it back on for itself.
process.env.RENCONTRES_CACHE = "off";
// Tests change rows without a write (no version bump): the facet index is built on every search.
process.env.RENCONTRES_FACET_INDEX = "fresh";

async function resetDatabase() {
  if (TEST_POSTGRES_URL) {
    await emptyDatabase(workerUrl);
    return;
  }
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(workerDb + suffix, { force: true });
  copyFileSync(BASE_DB, workerDb);
}

if (TEST_POSTGRES_URL) await createDatabase(TEST_POSTGRES_URL, workerDatabase(poolId), baseDatabase());
await resetDatabase();

beforeEach(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  await resetDatabase();
});

afterEach(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
});

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
});
