import { copyFileSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { systemActor } from "@/server/actor";
import { createPrismaClient, databaseKind, db } from "@/server/db";
import { createUser } from "@/server/data/users/create-user";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { BASE_DB, ROOT, TEST_POSTGRES_URL, TMP_DIR, postgresDatabaseUrl } from "../../../../tests/setup/paths";
import { baseDatabase, createDatabase, withPostgres } from "../../../../tests/setup/postgres";
import { MODELS_IN_ORDER, TransferError, countModels, transferDatabase } from "./transfer-database";

const pool = process.env.VITEST_POOL_ID ?? "0";
const sqliteTarget = path.join(TMP_DIR, `transfert-${pool}.db`);
const sqliteTargetUrl = `file:${sqliteTarget}`;
const postgresTarget = `rencontres_test_transfert_${pool}`;

function freshSqliteTarget() {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteTarget + suffix, { force: true });
  copyFileSync(BASE_DB, sqliteTarget);
}

async function freshPostgresTarget(): Promise<string> {
  await withPostgres(TEST_POSTGRES_URL!, "postgres", (c) => c.query(`DROP DATABASE IF EXISTS "${postgresTarget}" WITH (FORCE)`));
  await createDatabase(TEST_POSTGRES_URL!, postgresTarget, baseDatabase());
  return postgresDatabaseUrl(TEST_POSTGRES_URL!, postgresTarget);
}

beforeEach(async () => {
  await seedParis2021();
  await createUser(systemActor("test"), { email: "transfert@exemple.fr", name: "Transfert", role: "ADMIN", password: "motdepasse-de-test-42" });
  freshSqliteTarget();
});
afterEach(() => {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteTarget + suffix, { force: true });
});

/** What a reader sees of the copied data, beyond the counts. */
async function snapshot(url: string) {
  const client = url === process.env.DATABASE_URL ? db : createPrismaClient(url);
  try {
    return {
      rencontre: await client.rencontre.findFirstOrThrow({ include: { organisations: { orderBy: [{ role: "asc" }, { position: "asc" }] } } }),
      items: await client.item.findMany({
        orderBy: { id: "asc" },
        include: { themes: { orderBy: { themeId: "asc" } }, mentions: { orderBy: { organisationId: "asc" } }, keywords: { orderBy: { position: "asc" } } },
      }),
      account: await client.account.findFirstOrThrow({ select: { password: true, user: { select: { email: true, role: true } } } }),
      audit: await client.auditLog.findMany({ orderBy: { id: "asc" } }),
      rateLimits: await client.rateLimit.findMany(),
    };
  } finally {
    if (client !== db) await client.$disconnect();
  }
}

describe(`npm run db:transfer (from ${databaseKind})`, () => {
  it("names every model of the schema, parents first", () => {
    const schema = readFileSync(path.join(ROOT, "prisma", "schema.prisma"), "utf8");
    const models = [...schema.matchAll(/^model (\w+)/gm)].map((m) => m[1]!.charAt(0).toLowerCase() + m[1]!.slice(1));
    expect([...MODELS_IN_ORDER].sort()).toEqual(models.sort());
  });

  it("copies every row of every model, with the same counts on both sides and the same data", async () => {
    const source = process.env.DATABASE_URL!;
    const { source: from, target: to } = await transferDatabase(source, sqliteTargetUrl);
    expect(to).toEqual(from);
    expect(from.item).toBe(71);
    expect(from.user).toBe(1);
    expect(from.auditLog).toBeGreaterThan(0);
    expect(await snapshot(sqliteTargetUrl)).toEqual(await snapshot(source));

    if (TEST_POSTGRES_URL) {
      // And back to PostgreSQL from the SQLite copy: the round trip changes nothing.
      const pgTarget = await freshPostgresTarget();
      const back = await transferDatabase(sqliteTargetUrl, pgTarget);
      expect(back.target).toEqual(from);
      expect(await snapshot(pgTarget)).toEqual(await snapshot(source));
    }
  });

  it("refuses a target that holds data, and leaves it as it was", async () => {
    await transferDatabase(process.env.DATABASE_URL!, sqliteTargetUrl);
    const target = createPrismaClient(sqliteTargetUrl);
    try {
      const before = await countModels(target);
      await expect(transferDatabase(process.env.DATABASE_URL!, sqliteTargetUrl)).rejects.toThrow(TransferError);
      await expect(transferDatabase(process.env.DATABASE_URL!, sqliteTargetUrl)).rejects.toThrow(/n'est pas vide/);
      expect(await countModels(target)).toEqual(before);
    } finally {
      await target.$disconnect();
    }
  });

  it("writes nothing at all when the copy fails halfway", async () => {
    const failAtItems = (model: string) => {
      if (model === "item") throw new Error("panne simulée");
    };
    await expect(transferDatabase(process.env.DATABASE_URL!, sqliteTargetUrl, failAtItems)).rejects.toThrow("panne simulée");
    const target = createPrismaClient(sqliteTargetUrl);
    try {
      expect(Object.values(await countModels(target)).every((n) => n === 0)).toBe(true);
    } finally {
      await target.$disconnect();
    }
  });
});
