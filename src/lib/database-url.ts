import path from "node:path";

/** The SQLite file used when DATABASE_URL is not set: data/rencontres.db in the project. */
export const DEFAULT_DATABASE_FILE = path.join("data", "rencontres.db");

/**
 * The database URL in force: DATABASE_URL, or the embedded SQLite default.
 * Relative SQLite paths are resolved against the working directory so that the
 * app, the CLI and the Prisma config all open the same file.
 */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim() || `file:${DEFAULT_DATABASE_FILE}`;
  if (!raw.startsWith("file:")) return raw;
  const file = raw.slice("file:".length);
  if (file === ":memory:" || path.isAbsolute(file)) return raw;
  return `file:${path.resolve(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

/** The file path of a file: URL, or null for other databases. */
export function sqliteFilePath(url: string): string | null {
  return url.startsWith("file:") ? url.slice("file:".length) : null;
}
