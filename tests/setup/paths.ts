import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Overridable so that two Vitest runs on one checkout do not share database files. */
export const TMP_DIR = process.env.RENCONTRES_TEST_TMP ? path.resolve(process.env.RENCONTRES_TEST_TMP) : path.join(ROOT, "tests", ".tmp");
/** The migrated, empty database every test starts from. */
export const BASE_DB = path.join(TMP_DIR, "base.db");
export const SEED_FILE = path.join(ROOT, "prisma", "seed-data", "grande-rencontre-paris-2021.md");
