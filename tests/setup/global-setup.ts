import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { BASE_DB, ROOT, TMP_DIR } from "./paths";

/** Migrates one base SQLite file with the committed migrations; each worker copies it. */
export default function globalSetup(): void {
  mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(BASE_DB + suffix, { force: true });
  execFileSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${BASE_DB}` },
    stdio: "pipe",
  });
  execFileSync("node", ["scripts/prepare-sqlite.mjs", BASE_DB], { cwd: ROOT, stdio: "pipe" });
}
