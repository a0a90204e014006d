import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The database of the end-to-end server: E2E_DATABASE_URL (a postgresql:// URL to run the
 * journeys on PostgreSQL), or a SQLite file of its own in tests/.tmp.
 */
export const E2E_DATABASE_URL = process.env.E2E_DATABASE_URL?.trim() || `file:${path.join(ROOT, "tests", ".tmp", "e2e.db")}`;
