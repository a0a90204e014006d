/**
 * The production server (`next start`, built by scripts/test-faults.sh) while its database
 * is out of reach: pages answer 503 with the French page and no stack trace, a table saved
 * in the browser meanwhile keeps everything typed and says so, and all works again,
 * without a restart, as soon as the database is back. SQLite: the file's path is a
 * directory (as when the volume holding it is gone), and the file made read-only while the
 * server runs. PostgreSQL: a throwaway server of the test's own, stopped then started again
 * (skipped without the PostgreSQL binaries).
 */
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DATABASE_UNAVAILABLE_MESSAGE, FILE_CHECK_INTERVAL_MS } from "@/lib/database-availability";
import { startServer, type Server } from "../../../scripts/bench/server";
import { canRunThrowawayPostgres, createThrowawayPostgres, type ThrowawayPostgres } from "../../support/throwaway-postgres";
import { UNPRIVILEGED } from "../../helpers/sqlite-files";
import { launchChromium, openParisTable, SERVER_ENV, setUpDatabase, useSqliteServer } from "./support";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The title of Paris 2021's table 1, read from the database itself. */
async function tableOneTitle(url: string): Promise<string | null> {
  const sql = `SELECT t.title FROM "Table" t JOIN "Rencontre" r ON r.id = t."rencontreId" WHERE t.number = 1 AND r.city = 'Paris'`;
  if (url.startsWith("file:")) {
    const sqlite = new Database(url.slice("file:".length), { readonly: true });
    try {
      return (sqlite.prepare(sql).get() as { title: string | null }).title;
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ title: string | null }>(sql)).rows[0]!.title;
  } finally {
    await client.end();
  }
}

/**
 * Types a title and saves while the database is out of reach: the form says so in French
 * and keeps what was typed. Returns a function that saves it again once the database is
 * back and waits for the confirmation.
 */
async function saveDuringOutage(page: Page, title: string): Promise<() => Promise<void>> {
  const field = page.getByLabel("Titre (facultatif)");
  const save = page.getByRole("button", { name: "Enregistrer la table" });
  await field.fill(title);
  await save.click();
  await page.getByText(DATABASE_UNAVAILABLE_MESSAGE).waitFor({ timeout: 15_000 });
  expect(await field.inputValue()).toBe(title);
  return async () => {
    await save.click();
    await page.getByRole("status").getByText("Table 1 enregistrée.").waitFor({ timeout: 15_000 });
  };
}

type Answer = { status: number; body: string; retryAfter: string | null };
async function get(server: Server, pathname: string): Promise<Answer> {
  const response = await fetch(`${server.url}${pathname}`, { redirect: "manual" });
  return { status: response.status, body: await response.text(), retryAfter: response.headers.get("retry-after") };
}

function expectNoStackTrace(body: string) {
  expect(body).not.toMatch(/\n\s+at |\.ts:\d|\.js:\d|Error:|SQLITE_|ECONNREFUSED|P1001|prisma/i);
}

/**
 * Page requests while the database is out of reach: all are the 503 page, except that with
 * `firstMayFail` (PostgreSQL, where only a failing query may tell the app) the very first
 * may still be rendered, as the French error page without details.
 */
async function expectUnavailable(server: Server, tag: string, { firstMayFail = false } = {}) {
  const statuses: number[] = [];
  const paths = [`/pistes?q=${tag}-1`, `/pistes?q=${tag}-2`, "/admin", "/connexion", "/rencontres", `/exemples?q=${tag}`];
  for (const pathname of paths) {
    const answer = await get(server, pathname);
    statuses.push(answer.status);
    expectNoStackTrace(answer.body);
    if (answer.status === 503) {
      expect(answer.body).toContain("Service momentanément indisponible");
      expect(answer.retryAfter).toBe("5");
    }
  }
  expect(
    statuses.slice(1).every((s) => s === 503),
    `statuses ${statuses.join(", ")}`,
  ).toBe(true);
  expect(firstMayFail ? [500, 503] : [503]).toContain(statuses[0]);
  return statuses;
}

/** Milliseconds until `pathname` answers 200 again, asking every 100 ms. */
async function timeToRecover(server: Server, pathname: string): Promise<number> {
  const started = Date.now();
  let last: Answer | undefined;
  while (Date.now() - started < 15_000) {
    last = await get(server, pathname);
    if (last.status === 200) return Date.now() - started;
    expectNoStackTrace(last.body);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`toujours ${last?.status} après 15 s`);
}

describe("SQLite: the database file out of reach from the start, then back", () => {
  let dir: string;
  let server: Server;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "faults-sqlite-"));
    file = path.join(dir, "rencontres.db");
    setUpDatabase(`file:${file}`);
    copyFileSync(file, `${file}.away`);
    rmSync(file);
    mkdirSync(file);
    server = await startServer(file, 3210, SERVER_ENV);
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers 503 with the French page, then 200 without a restart once the file is back", async () => {
    const statuses = await expectUnavailable(server, "sqlite");
    rmdirSync(file);
    renameSync(`${file}.away`, file);
    const recovery = await timeToRecover(server, "/pistes?q=sqlite-1");
    console.log(`SQLite : ${statuses.join(", ")} pendant la panne ; 200 ${recovery} ms après le retour du fichier`);
    expect(recovery).toBeLessThan(3000);
    expect((await get(server, "/admin")).status).toBe(307);
  }, 60_000);
});

/** Sets the mode of the database file and of its -wal and -shm files (SQLite needs all three). */
function setDatabaseMode(file: string, mode: number) {
  for (const each of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(each)) chmodSync(each, mode);
}

describe("SQLite: the database file made read-only while the server runs, then writable again", () => {
  // As root, file modes bind no one: the server runs as an unprivileged user would.
  const sqlite = useSqliteServer("faults-readonly", 3212, UNPRIVILEGED);

  it("answers 503 and refuses a save with everything typed kept, then serves and saves again without a restart", async () => {
    const { file, server } = sqlite;
    const page = await openParisTable(sqlite.browser, server, 1);
    expect((await get(server, "/pistes?q=avant")).status).toBe(200);
    const before = await tableOneTitle(`file:${file}`);

    setDatabaseMode(file, 0o444);
    // The server's open connection could go on writing: the app looks at the file itself,
    // at most every FILE_CHECK_INTERVAL_MS.
    await sleep(FILE_CHECK_INTERVAL_MS + 100);
    const statuses = await expectUnavailable(server, "lecture-seule");
    const saveAgain = await saveDuringOutage(page, "Titre tapé pendant la lecture seule");
    expect(await tableOneTitle(`file:${file}`)).toBe(before);

    setDatabaseMode(file, 0o644);
    const recovery = await timeToRecover(server, "/pistes?q=lecture-seule-1");
    await saveAgain();
    expect(await tableOneTitle(`file:${file}`)).toBe("Titre tapé pendant la lecture seule");
    console.log(
      `SQLite en lecture seule : ${statuses.join(", ")} ; enregistrement refusé, saisie gardée ; 200 ${recovery} ms après le retour des droits, puis enregistré`,
    );
    expect(recovery).toBeLessThan(3000);
  }, 90_000);
});

describe.skipIf(!canRunThrowawayPostgres)("PostgreSQL: the server stopped mid-run, then started again", () => {
  let postgres: ThrowawayPostgres;
  let server: Server;
  let browser: Browser;
  beforeAll(async () => {
    postgres = createThrowawayPostgres(5499);
    const admin = new pg.Client({ connectionString: postgres.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE rencontres");
    await admin.end();
    setUpDatabase(postgres.url("rencontres"));
    server = await startServer("", 3211, { ...SERVER_ENV, DATABASE_URL: postgres.url("rencontres") });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    postgres?.destroy();
  });

  it("answers 200, then 503 with the French page and refuses a save with everything typed kept while stopped, then serves and saves again without a restart", async () => {
    const page = await openParisTable(browser, server, 1);
    expect((await get(server, "/pistes?q=avant")).status).toBe(200);
    const before = await tableOneTitle(postgres.url("rencontres"));
    postgres.stop();
    const statuses = await expectUnavailable(server, "postgres", { firstMayFail: true });
    const saveAgain = await saveDuringOutage(page, "Titre tapé pendant l'arrêt");
    postgres.start();
    const recovery = await timeToRecover(server, "/pistes?q=postgres-1");
    expect(await tableOneTitle(postgres.url("rencontres"))).toBe(before);
    await saveAgain();
    expect(await tableOneTitle(postgres.url("rencontres"))).toBe("Titre tapé pendant l'arrêt");
    console.log(
      `PostgreSQL : ${statuses.join(", ")} pendant l'arrêt ; enregistrement refusé, saisie gardée ; 200 ${recovery} ms après le redémarrage, puis enregistré`,
    );
    expect(recovery).toBeLessThan(3000);
    expect((await get(server, "/admin")).status).toBe(307);
  }, 90_000);
});
