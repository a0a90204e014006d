/**
 * Whether the database is reachable, shared by the app and the proxy (src/proxy.ts). They
 * are separate bundles in one process: the state lives on globalThis. The app marks the
 * database down when a query fails because it cannot be reached; on SQLite, the proxy also
 * looks at the file itself every half second (src/lib/sqlite-file-access.ts), so that a
 * file gone or made read-only is seen before any page fails. While down, the proxy asks the
 * probe the app registered (a trivial query on the app's own client), at most once a
 * second, and answers 503 until a probe succeeds. No server imports: the proxy uses it.
 */
import { resolveDatabaseUrl, sqliteFilePath } from "@/lib/database-url";
import { sqliteFileProblem } from "@/lib/sqlite-file-access";

export const DATABASE_UNAVAILABLE_MESSAGE =
  "La base de données est momentanément indisponible : rien n'a été enregistré. Vos saisies sont conservées ; réessayez dans un instant.";

/**
 * Prisma's codes for "cannot reach / lost / timed out", not for a refused query. Not P2024
 * (no free connection in the pool): that is a busy server, not a database out of reach.
 */
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1011", "P1017"]);
/** Driver adapter error kinds of the same nature (@prisma/driver-adapter-utils). */
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TlsConnectionError", "TooManyConnections"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN"]);
/**
 * PostgreSQL: admin shutdown, crash shutdown, cannot connect now (57P01–57P03), connection
 * exceptions (08…), too many connections (53300). SQLite: locked beyond the busy timeout,
 * read-only, cannot open, I/O error, disk full (with their extended codes). Corruption
 * (SQLITE_CORRUPT, SQLITE_NOTADB) is not "momentary" and is left out.
 */
const DRIVER_CODE = /^(57P0[123]|08[0-9A-Z]{3}|53300|SQLITE_(BUSY|LOCKED|READONLY|CANTOPEN|IOERR|FULL)(_\w+)?)$/;
// Not pg-pool's "timeout exceeded when trying to connect": it waited for a free connection
// of a full pool (load); a new connection that cannot be made is "Connection terminated
// due to connection timeout". Taking load for an outage would answer 503 to every page.
const MESSAGES = [
  /can't reach database server/i,
  /connection terminated/i,
  /cannot open database because the directory does not exist/i,
  /unable to open database file/i,
  /database is locked/i,
  /server closed the connection unexpectedly/i,
];

function codeMatches(code: unknown): boolean {
  return typeof code === "string" && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || DRIVER_CODE.test(code));
}

/**
 * Whether `error` means the database cannot be reached or used right now (rather than a
 * query it refused). Looks through Prisma's errors, their driver adapter cause, `cause`
 * chains and aggregated errors (pg's connection attempts).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || error === null || typeof error !== "object") return false;
  const e = error as {
    code?: unknown;
    kind?: unknown;
    originalCode?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
    meta?: { driverAdapterError?: unknown };
  };
  if (codeMatches(e.code) || codeMatches(e.originalCode)) return true;
  if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.message === "string" && MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  const nested = [e.cause, e.meta?.driverAdapterError, ...(Array.isArray(e.errors) ? e.errors : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

type State = {
  downSince: number | null;
  probe?: () => Promise<void>;
  lastProbeAt: number;
  probing?: Promise<boolean>;
  lastFileCheckAt: number;
};

const KEY = Symbol.for("rencontres.database-availability");
function state(): State {
  const holder = globalThis as unknown as Record<symbol, State | undefined>;
  return (holder[KEY] ??= { downSince: null, lastProbeAt: 0, lastFileCheckAt: 0 });
}

/** Records that the database could not be reached (keeps the first time it was seen). */
export function markDatabaseDown(now = Date.now()): void {
  state().downSince ??= now;
}

export function markDatabaseUp(): void {
  state().downSince = null;
}

/** Since when the database is known to be down (ms epoch), or null. */
export function databaseDownSince(): number | null {
  return state().downSince;
}

/** The app's way to check the database (src/server/db.ts registers a trivial query). */
export function registerDatabaseProbe(probe: () => Promise<void>): void {
  state().probe = probe;
}

export const PROBE_INTERVAL_MS = 1000;
const PROBE_TIMEOUT_MS = 2000;

export const FILE_CHECK_INTERVAL_MS = 500;

/** The SQLite file in use (":memory:" for an in-memory database), or null on PostgreSQL. */
const databaseFile = (): string | null => sqliteFilePath(resolveDatabaseUrl());

/** Whether the SQLite file in use cannot be read and written (false on PostgreSQL). */
function hasFileProblem(file = databaseFile()): boolean {
  return file !== null && file !== ":memory:" && sqliteFileProblem(file) !== null;
}

/**
 * Whether the database is down. While it is not marked down: false, but on SQLite the file
 * is looked at (at most once per FILE_CHECK_INTERVAL_MS) and a problem marks it down.
 * While marked down: probes it (at most once per PROBE_INTERVAL_MS, concurrent callers
 * share one probe: the file first on SQLite, then the app's probe) and clears the mark when
 * the probe succeeds.
 */
export async function isDatabaseStillDown(now = Date.now()): Promise<boolean> {
  const s = state();
  if (s.downSince === null) {
    if (now - s.lastFileCheckAt < FILE_CHECK_INTERVAL_MS) return false;
    s.lastFileCheckAt = now;
    if (!hasFileProblem()) return false;
    markDatabaseDown(now);
    s.lastProbeAt = now;
    return true;
  }
  if (s.probing) return s.probing;
  if (now - s.lastProbeAt < PROBE_INTERVAL_MS) return true;
  s.lastProbeAt = now;
  const probe = s.probe;
  s.probing = (async () => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const file = databaseFile();
      if (hasFileProblem(file)) return true;
      if (probe) {
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error("probe timed out")), PROBE_TIMEOUT_MS);
        });
        await Promise.race([probe(), timeout]);
      } else if (file === null) {
        // Without the app's probe (its modules not loaded yet), only a SQLite file can tell.
        return true;
      }
      markDatabaseUp();
      return false;
    } catch {
      return true;
    } finally {
      clearTimeout(timer);
      s.probing = undefined;
    }
  })();
  return s.probing;
}
