import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { BASE_DB, ROOT, TEST_POSTGRES_URL, TMP_DIR, postgresDatabaseUrl } from "./paths";
import { baseDatabase, createDatabase, dropTestDatabases } from "./postgres";

function migrate(url: string) {
  execFileSync("npx", ["prisma", "migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

/**
 * Migrates one base database with the committed migrations; each worker starts from a copy.
 * SQLite: a base file, copied before every test. PostgreSQL: a base database, the template
 * of one database per worker, emptied before every test.
 */
export default async function globalSetup(): Promise<void> {
  mkdirSync(TMP_DIR, { recursive: true });
  // The SQLite base is made in both cases: tests that copy data between the two databases use it.
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(BASE_DB + suffix, { force: true });
  migrate(`file:${BASE_DB}`);
  execFileSync("node", ["scripts/prepare-sqlite.mjs", BASE_DB], { cwd: ROOT, stdio: "pipe" });
  if (TEST_POSTGRES_URL) {
    await dropTestDatabases(TEST_POSTGRES_URL);
    await createDatabase(TEST_POSTGRES_URL, baseDatabase());
    migrate(postgresDatabaseUrl(TEST_POSTGRES_URL, baseDatabase()));
  }
}
