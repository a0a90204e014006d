import pg from "pg";

// PostgreSQL's internal `name` (OID 19) and `"char"` (OID 18) types, which Prisma's
// migration engine reads from the catalogue, are not mapped by @prisma/adapter-pg 6.19
// (prisma/orm#27403: "Column type 'name' could not be deserialized"). They are text.
const TEXT_OID = 25;
const TEXT_LIKE_OIDS = new Set([18, 19]);

type Fields = { fields?: { dataTypeID: number }[] } | undefined;

function asText<R extends Fields>(result: R): R {
  for (const field of result?.fields ?? []) if (TEXT_LIKE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  return result;
}

/** A pg client whose results report `name` and `"char"` columns as text. */
class TextNameClient extends pg.Client {
  // pg's query() has many overloads (promise, callback, submittable); both result paths are covered.
  override query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (error: unknown, result: Fields) => (last as (e: unknown, r: Fields) => void)(error, asText(result));
    }
    const outcome = (super.query as (...a: unknown[]) => unknown)(...args);
    if (outcome && typeof (outcome as Promise<Fields>).then === "function") return (outcome as Promise<Fields>).then(asText) as never;
    return outcome as never;
  }
}

/**
 * Connections per app instance (DATABASE_POOL_SIZE to change). A save holds one for its
 * whole transaction, and a catalogue page runs its counts side by side: under the load
 * test (npm run loadtest), 10 left pages waiting more than 5 s for a connection.
 */
export const DEFAULT_POOL_SIZE = 20;

/**
 * The connection settings of a pool on the PostgreSQL at `url`, for @prisma/adapter-pg
 * (which creates the pool, and closes it on disconnect).
 */
export function postgresPoolConfig(url: string, options: { max?: number; textNames?: boolean } = {}): pg.PoolConfig {
  return {
    connectionString: url,
    max: options.max ?? DEFAULT_POOL_SIZE,
    // How long a query waits for a free connection of a full pool, and a new connection to
    // be made: as long as a save's transaction may wait (src/server/db.ts), and well short
    // of the OS's own timeout when the database is unreachable.
    connectionTimeoutMillis: 10_000,
    ...(options.textNames ? { Client: TextNameClient } : {}),
  };
}

export function isPostgresUrl(url: string): boolean {
  return url.startsWith("postgresql://") || url.startsWith("postgres://");
}
