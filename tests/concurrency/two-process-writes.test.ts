/**
 * The web server and a command-line tool writing to one database at the same time: two
 * processes make 30 writes each, all at once. Every write reported as saved must be in the
 * database afterwards (prisma/orm#29933: a SQLITE_BUSY at COMMIT must never lose a write
 * reported as saved), and every write not saved must have said so.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "@/lib/database-url";
import { databaseKind, db } from "@/server/db";
import { integrityCheck } from "@/server/data/maintenance/sqlite-backup";
import { ROOT } from "../setup/paths";

const run = promisify(execFile);
const WRITES_PER_PROCESS = 30;

type Outcome = { name: string; saved: boolean; error?: string };

async function writer(prefix: string): Promise<Outcome[]> {
  const { stdout } = await run("npx", ["tsx", "--conditions=react-server", "tests/concurrency/writer.ts", prefix, String(WRITES_PER_PROCESS)], {
    cwd: ROOT,
    env: { ...process.env },
    maxBuffer: 10 * 1024 * 1024,
  });
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Outcome);
}

describe(`concurrent writes from two processes on one database (${databaseKind})`, () => {
  it(`${2 * WRITES_PER_PROCESS} writes at once: every one reported, every saved one present exactly once`, async () => {
    await db.$disconnect();
    const started = Date.now();
    const [a, b] = await Promise.all([writer("A"), writer("B")]);
    const outcomes = [...a, ...b];
    console.log(
      `${outcomes.length} écritures en ${Date.now() - started} ms : ${outcomes.filter((o) => o.saved).length} enregistrées, ${outcomes.filter((o) => !o.saved).length} refusées`,
    );

    expect(outcomes).toHaveLength(2 * WRITES_PER_PROCESS);
    for (const failed of outcomes.filter((o) => !o.saved)) expect(failed.error, failed.name).toBeTruthy();
    const saved = outcomes
      .filter((o) => o.saved)
      .map((o) => o.name)
      .sort();
    const present = (await db.theme.findMany({ where: { name: { startsWith: "Thème " } }, select: { name: true } })).map((t) => t.name).sort();
    expect(present).toEqual(saved);
    // With WAL, BEGIN IMMEDIATE and the busy timeout, nothing needs to be refused at this load.
    expect(saved).toHaveLength(2 * WRITES_PER_PROCESS);
    expect(await db.auditLog.count({ where: { actorLabel: { startsWith: "concurrence-" } } })).toBe(saved.length);
    if (databaseKind === "sqlite") expect(integrityCheck(sqliteFilePath(process.env.DATABASE_URL!)!)).toBe("ok");
  }, 120_000);
});
