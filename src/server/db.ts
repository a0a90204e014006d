import "server-only";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-pg/client";
import { markDatabaseDown, registerDatabaseProbe } from "@/lib/database-availability";
import { resolveDatabaseUrl } from "@/lib/database-url";
import { isPostgresUrl, postgresPoolConfig } from "@/lib/postgres-pool";

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

/**
 * Interactive transactions (every save) may wait up to 10 s for a connection and last 30 s:
 * Prisma's defaults (2 s, 5 s) made saves fail under load on PostgreSQL (npm run loadtest)
 * although nothing was wrong but a busy processor. A save that fails still writes nothing.
 */
const transactionOptions = { maxWait: 10_000, timeout: 30_000 };

/** The database the process works on, from DATABASE_URL: "sqlite" (file:) or "postgresql". */
export const databaseKind: "sqlite" | "postgresql" = isPostgresUrl(resolveDatabaseUrl()) ? "postgresql" : "sqlite";

/** A Prisma client on the database at `url` (file: for SQLite, postgresql:// for PostgreSQL). */
export function createPrismaClient(url: string): PrismaClient {
  if (isPostgresUrl(url)) {
    // Generated from prisma/postgres/schema.prisma, itself derived from prisma/schema.prisma:
    // the same models and the same API, so the app uses it through the SQLite client's type.
    // A connection lost while idle or inside a transaction (server stopped, restarted) is
    // reported here, not by a query: the proxy then probes the database before each page.
    const onLost = () => markDatabaseDown();
    const adapter = new PrismaPg(postgresPoolConfig(url, { max: Number(process.env.DATABASE_POOL_SIZE) || undefined }), {
      onPoolError: onLost,
      onConnectionError: onLost,
    });
    return new PostgresPrismaClient({ adapter, transactionOptions }) as unknown as PrismaClient;
  }
  const adapter = new ImmediateTransactionsSQLite3({ url, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({ adapter, transactionOptions });
}

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

/** The one Prisma client of the process (kept across hot reloads in development). */
export const db: PrismaClient = globalForPrisma.prisma ?? createPrismaClient(resolveDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

// The proxy's check while the database is marked down (src/lib/database-availability.ts).
// On SQLite, the connection is opened again first: one opened while the file was read-only
// stays read-only after the file is writable again. Nothing else uses it meanwhile: pages
// get the proxy's 503 and actions the guard's message (src/server/actions/guard-database.ts). Then
// reading the schema opens the file and takes a read lock, as a page would.
registerDatabaseProbe(async () => {
  if (databaseKind === "sqlite") await db.$disconnect();
  await db.$queryRawUnsafe(databaseKind === "sqlite" ? "SELECT COUNT(*) AS n FROM sqlite_master" : "SELECT 1");
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
