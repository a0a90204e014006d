/**
 * The classifier on real errors: those of a SQLite file that cannot be opened or is locked,
 * and of a PostgreSQL server stopped under a live client (a throwaway server of the test's
 * own, skipped without the PostgreSQL binaries). Then the down flag and the proxy's probe.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { createPrismaClient } from "@/server/db";
import { DataError } from "@/server/errors";
import { BASE_DB } from "../../tests/setup/paths";
import { canRunThrowawayPostgres, createThrowawayPostgres, type ThrowawayPostgres } from "../../tests/support/throwaway-postgres";
import {
  databaseDownSince,
  isDatabaseStillDown,
  isDatabaseUnavailable,
  markDatabaseDown,
  markDatabaseUp,
  registerDatabaseProbe,
} from "./database-availability";

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rencontres-availability-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("isDatabaseUnavailable on SQLite's real errors", () => {
  it("is true when the file cannot be opened (its path is a directory, or its directory is missing)", async () => {
    const asDirectory = path.join(dir, "is-a-directory.db");
    mkdirSync(asDirectory);
    const cantOpen = createPrismaClient(`file:${asDirectory}`);
    const error = await errorOf(() => cantOpen.theme.count());
    expect((error as { code?: string }).code).toBe("SQLITE_CANTOPEN");
    expect(isDatabaseUnavailable(error)).toBe(true);

    const noDirectory = createPrismaClient(`file:${path.join(dir, "absent", "x.db")}`);
    expect(isDatabaseUnavailable(await errorOf(() => noDirectory.theme.count()))).toBe(true);
  });

  it("is true when another process holds the write lock beyond the busy timeout, and when the file is read-only", async () => {
    const file = path.join(dir, "locked.db");
    copyFileSync(BASE_DB, file);
    const holder = new Database(file);
    holder.exec("BEGIN IMMEDIATE");
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: `file:${file}`, timeout: 50 }) });
    try {
      const error = await errorOf(() => client.theme.create({ data: { slug: "a", name: "A", nameKey: "a" } }));
      expect((error as { code?: string }).code).toBe("P1008");
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      await client.$disconnect();
    }
    const readOnly = new Database(file, { readonly: true });
    try {
      const error = await errorOf(async () => readOnly.exec("DELETE FROM Theme"));
      expect((error as { code?: string }).code).toBe("SQLITE_READONLY");
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      readOnly.close();
    }
  });

  it("is false for a refused query and for the app's own errors", async () => {
    const file = path.join(dir, "unique.db");
    copyFileSync(BASE_DB, file);
    const client = createPrismaClient(`file:${file}`);
    try {
      await client.theme.create({ data: { slug: "a", name: "A", nameKey: "a" } });
      const duplicate = await errorOf(() => client.theme.create({ data: { slug: "a", name: "A", nameKey: "a" } }));
      expect((duplicate as { code?: string }).code).toBe("P2002");
      expect(isDatabaseUnavailable(duplicate)).toBe(false);
    } finally {
      await client.$disconnect();
    }
    expect(isDatabaseUnavailable(new DataError("NOT_FOUND", "Table introuvable."))).toBe(false);
    expect(isDatabaseUnavailable(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
    expect(isDatabaseUnavailable("Connection terminated")).toBe(false);
  });
});

describe.skipIf(!canRunThrowawayPostgres)("isDatabaseUnavailable on PostgreSQL's real errors", () => {
  let server: ThrowawayPostgres;
  beforeAll(() => {
    server = createThrowawayPostgres(5498);
  }, 60_000);
  afterAll(() => server?.destroy());

  it("is true for a server stopped under a live client (idle connection, no server, transaction), and the client works again once it is back", async () => {
    const client = createPrismaClient(server.url());
    try {
      await client.$queryRawUnsafe("SELECT 1");
      server.stop();
      const terminated = await errorOf(() => client.$queryRawUnsafe("SELECT 1"));
      const refused = await errorOf(() => client.$queryRawUnsafe("SELECT 1"));
      const inTransaction = await errorOf(() => client.$transaction((tx) => tx.$queryRawUnsafe("SELECT 1")));
      expect([terminated, refused, inTransaction].map((e) => (e as { code?: string }).code)).toEqual(["P2010", "P2010", "P1001"]);
      expect(JSON.stringify((terminated as { meta?: unknown }).meta)).toContain("57P01");
      for (const error of [terminated, refused, inTransaction]) expect(isDatabaseUnavailable(error)).toBe(true);
      server.start();
      expect(await client.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
      const syntax = await errorOf(() => client.$queryRawUnsafe("SELEC 1"));
      expect(isDatabaseUnavailable(syntax)).toBe(false);
    } finally {
      await client.$disconnect();
    }
  }, 60_000);

  it("is false when a full pool keeps a query waiting for a connection (load, not an outage)", async () => {
    const client = new PostgresPrismaClient({ adapter: new PrismaPg({ connectionString: server.url(), max: 1, connectionTimeoutMillis: 300 }) });
    try {
      const waited = await client.$transaction(async (tx) => {
        await tx.$queryRawUnsafe("SELECT 1");
        // The pool's one connection is this transaction's: a query outside it must wait.
        return errorOf(() => client.$queryRawUnsafe("SELECT 2"));
      });
      expect(JSON.stringify(waited, Object.getOwnPropertyNames(waited))).toMatch(/timeout exceeded when trying to connect/);
      expect(isDatabaseUnavailable(waited)).toBe(false);
      expect(await client.$queryRawUnsafe("SELECT 1 AS one")).toEqual([{ one: 1 }]);
    } finally {
      await client.$disconnect();
    }
  }, 30_000);
});

describe("the down flag and the proxy's probe", () => {
  beforeEach(() => {
    markDatabaseUp();
    vi.useRealTimers();
  });

  it("probes only while marked down, at most once a second, and clears the mark on the first success", async () => {
    let reachable = false;
    const probe = vi.fn(async () => {
      if (!reachable) throw new Error("Can't reach database server");
    });
    registerDatabaseProbe(probe);
    expect(await isDatabaseStillDown()).toBe(false);
    expect(probe).not.toHaveBeenCalled();

    markDatabaseDown(1_000);
    expect(databaseDownSince()).toBe(1_000);
    const now = 10_000_000;
    expect(await isDatabaseStillDown(now)).toBe(true);
    expect(await isDatabaseStillDown(now + 500)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    reachable = true;
    expect(await isDatabaseStillDown(now + 900)).toBe(true);
    expect(probe).toHaveBeenCalledTimes(1);
    expect(await isDatabaseStillDown(now + 1_000)).toBe(false);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(databaseDownSince()).toBeNull();
  });
});
