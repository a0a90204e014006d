import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeEach } from "vitest";
import { BASE_DB, TMP_DIR } from "./paths";

// Each worker has its own database file, copied afresh from the base before every test.
const workerDb = path.join(TMP_DIR, `worker-${process.env.VITEST_POOL_ID ?? "0"}.db`);
process.env.DATABASE_URL = `file:${workerDb}`;
// Every test starts from a fresh database: an in-process cache would outlive it.
// src/server/cache.test.ts turns it back on for itself.
process.env.RENCONTRES_CACHE = "off";

function resetDatabase() {
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(workerDb + suffix, { force: true });
  copyFileSync(BASE_DB, workerDb);
}

resetDatabase();

beforeEach(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
  resetDatabase();
});

afterEach(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
});

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
});
