/**
 * An import killed with SIGKILL while its transaction is open leaves the database exactly as
 * before: every table's row count unchanged and, on SQLite, the file intact. The test knows
 * the transaction is open from the database itself (on SQLite the import holds the write
 * lock, on PostgreSQL its session is inside a transaction): no hook in the importer.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enlargedCompteRendu } from "../tests/helpers/enlarged-compte-rendu";
import { writeLockHeld } from "../tests/helpers/sqlite-files";
import { BASE_DB, ROOT, SEED_FILE, TEST_POSTGRES_URL } from "../tests/setup/paths";

let dir: string;
let dbFile: string;
let cliUrl: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rencontres-kill-"));
  dbFile = path.join(dir, "cli.db");
  if (TEST_POSTGRES_URL) {
    cliUrl = process.env.DATABASE_URL!;
  } else {
    copyFileSync(BASE_DB, dbFile);
    cliUrl = `file:${dbFile}`;
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

type Counts = Record<string, number>;

async function countRows(): Promise<Counts> {
  const counts: Counts = {};
  if (TEST_POSTGRES_URL) {
    const client = new pg.Client({ connectionString: cliUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ tablename: string }>("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
      for (const { tablename } of rows) {
        counts[tablename] = Number((await client.query<{ n: string }>(`SELECT COUNT(*) AS n FROM "${tablename}"`)).rows[0]!.n);
      }
    } finally {
      await client.end();
    }
    return counts;
  }
  const db = new Database(dbFile);
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) counts[name] = (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
  return counts;
}

/** Whether some other session holds a transaction that writes (SQLite: the write lock). */
async function importTransactionOpen(): Promise<boolean> {
  if (TEST_POSTGRES_URL) {
    const client = new pg.Client({ connectionString: cliUrl });
    await client.connect();
    try {
      const { rows } = await client.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
      );
      return Number(rows[0]!.n) > 0;
    } finally {
      await client.end();
    }
  }
  return writeLockHeld(dbFile);
}

async function noOtherSession(): Promise<void> {
  if (!TEST_POSTGRES_URL) return;
  const client = new pg.Client({ connectionString: cliUrl });
  await client.connect();
  try {
    for (let i = 0; i < 100; i += 1) {
      const { rows } = await client.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
      );
      if (Number(rows[0]!.n) === 0) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

describe("an import killed with SIGKILL in the middle of its transaction", () => {
  it("leaves every table's row count as before, and the SQLite file intact", async () => {
    const file = path.join(dir, "grande-rencontre.md");
    writeFileSync(file, enlargedCompteRendu(20));
    // Not an empty database: Paris 2021, published, which the killed import would also touch.
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", SEED_FILE, "--publier"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: cliUrl },
      stdio: "ignore",
    });
    const before = await countRows();
    expect(before.Item).toBe(71);

    // Its own process group: npx runs tsx, which runs node; all must die at once.
    const child = spawn("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", file, "--publier"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: cliUrl },
      stdio: "ignore",
      detached: true,
    });
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    let open = false;
    const started = Date.now();
    while (!open && child.exitCode === null && Date.now() - started < 60_000) {
      open = await importTransactionOpen();
      if (!open) await new Promise((r) => setTimeout(r, 2));
    }
    const openAt = Date.now();
    if (open) {
      // SQLite: the write lock is taken at BEGIN, so wait a little way into the transaction
      // for rows to be written in it. PostgreSQL: a session only has a transaction id once it
      // has written, and the whole import transaction can last less than 150 ms: kill at once.
      if (!TEST_POSTGRES_URL) {
        await new Promise((r) => setTimeout(r, 150));
        open = await importTransactionOpen();
      }
      process.kill(-child.pid!, "SIGKILL");
    }
    await exited;
    expect(open, "the import's transaction was seen open, then killed while still open").toBe(true);
    console.log(`transaction seen open ${openAt - started} ms after the start, import killed ${Date.now() - openAt} ms later`);
    await noOtherSession();

    expect(await countRows()).toEqual(before);
    if (!TEST_POSTGRES_URL) {
      const db = new Database(dbFile, { readonly: true });
      try {
        expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
      } finally {
        db.close();
      }
    }
  }, 90_000);
});
