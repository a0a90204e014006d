import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Overridable so that two Vitest runs on one checkout do not share database files. */
export const TMP_DIR = process.env.RENCONTRES_TEST_TMP ? path.resolve(process.env.RENCONTRES_TEST_TMP) : path.join(ROOT, "tests", ".tmp");
/** The migrated, empty database every test starts from. */
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const SEED_FILE = path.join(ROOT, "prisma", "seed-data", "grande-rencontre-paris-2021.md");

/**
 * Set (e.g. postgresql://rencontres:rencontres@localhost:5432/postgres) to run the suite on
 * PostgreSQL: a URL of the server with the right to create databases. Unset: SQLite files.
 */
export const TEST_POSTGRES_URL = process.env.RENCONTRES_TEST_POSTGRES?.trim() || null;
/** The databases of a PostgreSQL run: `${prefix}_base`, migrated once, and one per worker. */
export const TEST_POSTGRES_PREFIX = process.env.RENCONTRES_TEST_POSTGRES_PREFIX?.trim() || "rencontres_test";

/** The URL of database `name` on the server of `serverUrl`. */
export function postgresDatabaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
