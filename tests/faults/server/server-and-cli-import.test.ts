/**
 * The web server and a command-line import writing to one SQLite file at the same time
 * (prisma/orm#29933: one SQLITE_BUSY at COMMIT must never lose a write reported as saved).
 * Six organisers save their table in the browser, five times each, while `npm run import`
 * writes a 120-table compte rendu in one transaction. Every save the server answered as
 * done is in the database and no other, every other answer says the database was busy,
 * and the import either completes or leaves nothing.
 */
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "@playwright/test";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/database-availability";
import { enlargedCompteRendu } from "../../helpers/enlarged-compte-rendu";
import { writeLockHeld } from "../../helpers/sqlite-files";
import { openParisTable, ROOT, useSqliteServer } from "./support";

const run = promisify(execFile);
const TABLES = [1, 2, 3, 4, 5, 6];
const SAVES_PER_TABLE = 5;

function readDatabase<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const parisTableVersions = (file: string) =>
  readDatabase(file, (db) =>
    Object.fromEntries(
      (
        db.prepare(`SELECT t.number, t.version FROM "Table" t JOIN "Rencontre" r ON r.id = t."rencontreId" WHERE r.city = 'Paris'`).all() as {
          number: number;
          version: number;
        }[]
      ).map((t) => [t.number, t.version]),
    ),
  );

type Answer = "saved" | "busy";
let slowestSaveMs = 0;

/**
 * Saves the table form `times` times, each with a new title, and tells from the page what
 * the server answered each time: the copy's version went up ("saved"), or the form says
 * the database is unavailable ("busy"). Anything else fails the test.
 */
async function saveRepeatedly(page: Page, number: number, times: number): Promise<Answer[]> {
  const answers: Answer[] = [];
  const form = page.locator("form").filter({ has: page.getByLabel("Titre (facultatif)") });
  const version = form.locator('input[name="version"]');
  const idle = form.locator("button[type=submit]:not([disabled])", { hasText: "Enregistrer la table" });
  for (let k = 0; k < times; k += 1) {
    const before = await version.inputValue();
    await page.getByLabel("Titre (facultatif)").fill(`Table ${number}, enregistrement ${k + 1}`);
    const clicked = Date.now();
    const response = page.waitForResponse((r) => r.request().method() === "POST" && !!r.request().headers()["next-action"], { timeout: 60_000 });
    await idle.click({ timeout: 30_000 });
    expect((await response).status()).toBe(200);
    // The button is disabled from the click until the answer is on the page.
    await idle.waitFor({ timeout: 30_000 });
    slowestSaveMs = Math.max(slowestSaveMs, Date.now() - clicked);
    if ((await version.inputValue()) === String(Number(before) + 1)) {
      expect(await page.getByRole("status").textContent()).toContain(`Table ${number} enregistrée.`);
      answers.push("saved");
    } else {
      expect(await version.inputValue()).toBe(before);
      // The outcome of a save, done or refused, is said next to the save bar.
      expect(await page.getByRole("status").textContent()).toContain(DATABASE_UNAVAILABLE_MESSAGE);
      answers.push("busy");
    }
  }
  return answers;
}

describe("SQLite: tables saved through the web server while a CLI import writes", () => {
  const sqlite = useSqliteServer("server-and-import", 3213);

  it("keeps every save the server reported, reports every other one, and the import completes or leaves nothing", async () => {
    const { dir, file, server, browser } = sqlite;
    const pages = await Promise.all(TABLES.map((n) => openParisTable(browser, server, n)));
    const before = parisTableVersions(file);
    const document = path.join(dir, "grande-rencontre-lyon.md");
    writeFileSync(document, enlargedCompteRendu(20));

    const started = Date.now();
    const importing = run("npx", ["tsx", "--conditions=react-server", "scripts/import.ts", document, "--ville", "Lyon", "--date", "2025-06-12"], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${file}` },
    }).then(
      (done) => ({ ok: true, output: done.stdout }),
      (failed: { stderr?: string }) => ({ ok: false, output: failed.stderr ?? "" }),
    );
    // The saves start once the import's transaction holds the write lock.
    let lockSeen = false;
    while (!(lockSeen = writeLockHeld(file)) && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 5));
    expect(lockSeen, "the import's transaction was seen holding the write lock").toBe(true);
    const lockSeenAfter = Date.now() - started;

    const answers = await Promise.all(pages.map((page, i) => saveRepeatedly(page, TABLES[i]!, SAVES_PER_TABLE)));
    const imported = await importing;
    const after = parisTableVersions(file);

    const saved = answers.flat().filter((a) => a === "saved").length;
    console.log(
      `verrou de l'import vu après ${lockSeenAfter} ms ; ${saved} enregistrements annoncés, ${answers.flat().length - saved} refusés (base occupée), le plus long en ${slowestSaveMs} ms ; import ${imported.ok ? "terminé" : "refusé"} en ${Date.now() - started} ms`,
    );
    // Each table's version went up once per save the server reported, and only then.
    for (const [i, number] of TABLES.entries()) {
      expect(after[number]! - before[number]!, `table ${number}`).toBe(answers[i]!.filter((a) => a === "saved").length);
    }
    const lyonTables = readDatabase(
      file,
      (db) =>
        (db.prepare(`SELECT COUNT(*) AS n FROM "Table" t JOIN "Rencontre" r ON r.id = t."rencontreId" WHERE r.city = 'Lyon'`).get() as { n: number })
          .n,
    );
    expect(lyonTables).toBe(imported.ok ? 120 : 0);
    expect(readDatabase(file, (db) => db.pragma("integrity_check", { simple: true }))).toBe("ok");
    expect(saved).toBeGreaterThan(0);
  }, 180_000);
});
