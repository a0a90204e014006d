import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDatabaseUrl } from "@/lib/database-url";

/** How long a write waits for another process's write lock before failing (SQLITE_BUSY). */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

/**
 * The better-sqlite3 adapter opens every transaction with a plain (deferred) BEGIN: a
 * transaction that reads, then writes after another process (a CLI import, the seed) has
 * committed, fails at once with SQLITE_BUSY_SNAPSHOT, whatever the busy timeout. Opening
 * them with BEGIN IMMEDIATE takes the write lock first, waiting up to the busy timeout, so
 * the reads of a transaction are always those its writes build on.
 */
class ImmediateTransactionsSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const client = (adapter as unknown as { client: { prepare: (sql: string) => unknown } }).client;
    const prepare = client.prepare.bind(client);
    client.prepare = (sql: string) => prepare(sql === "BEGIN" ? "BEGIN IMMEDIATE" : sql);
    return adapter;
  }
}

function createClient(): PrismaClient {
  const url = resolveDatabaseUrl();
  const adapter = new ImmediateTransactionsSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.prisma ?? createClient();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
