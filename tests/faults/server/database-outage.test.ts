/**
 * The production server (`next start`, built by scripts/test-faults.sh) while its database
 * is out of reach: pages answer 503 with the French page and no stack trace, then 200
 * again, without a restart, as soon as the database is back. SQLite: the file's path is a
 * directory (as when the volume holding it is gone). PostgreSQL: a throwaway server of the
 * test's own, stopped then started again (skipped without the PostgreSQL binaries).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type Server } from "../../../scripts/bench/server";
import { canRunThrowawayPostgres, createThrowawayPostgres, type ThrowawayPostgres } from "../../support/throwaway-postgres";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const SERVER_ENV = { RENCONTRES_DEMO_ADMIN: "off", BETTER_AUTH_SECRET: "un secret de test pour les pannes de base" };

/** Prepares the database at `url` as `npm start` does: migrations, then the seed. */
function setUpDatabase(url: string) {
  execFileSync("npm", ["run", "--silent", "db:setup"], { cwd: ROOT, env: { ...process.env, ...SERVER_ENV, DATABASE_URL: url }, stdio: "ignore" });
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
 * Page requests while the database is out of reach: the very first may still be rendered
 * (it is what tells the app), as Next.js' error page in French without details; all others
 * are the 503 page.
 */
async function expectUnavailable(server: Server, tag: string) {
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
  expect(statuses.slice(1).every((s) => s === 503), `statuses ${statuses.join(", ")}`).toBe(true);
  expect([500, 503]).toContain(statuses[0]);
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

describe("SQLite: the database file out of reach, then back", () => {
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

describe.skipIf(!canRunThrowawayPostgres)("PostgreSQL: the server stopped mid-run, then started again", () => {
  let postgres: ThrowawayPostgres;
  let server: Server;
  beforeAll(async () => {
    postgres = createThrowawayPostgres(5499);
    const admin = new (await import("pg")).default.Client({ connectionString: postgres.url() });
    await admin.connect();
    await admin.query("CREATE DATABASE rencontres");
    await admin.end();
    setUpDatabase(postgres.url("rencontres"));
    server = await startServer("", 3211, { ...SERVER_ENV, DATABASE_URL: postgres.url("rencontres") });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    postgres?.destroy();
  });

  it("answers 200, then 503 with the French page while stopped, then 200 without a restart once started", async () => {
    expect((await get(server, "/pistes?q=avant")).status).toBe(200);
    postgres.stop();
    const statuses = await expectUnavailable(server, "postgres");
    postgres.start();
    const recovery = await timeToRecover(server, "/pistes?q=postgres-1");
    console.log(`PostgreSQL : ${statuses.join(", ")} pendant l'arrêt ; 200 ${recovery} ms après le redémarrage`);
    expect(recovery).toBeLessThan(3000);
    expect((await get(server, "/admin")).status).toBe(307);
  }, 60_000);
});
