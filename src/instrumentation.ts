import type { Instrumentation } from "next";

/** Once per server process: the runtime it runs on, in the server log. */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  console.log(`Rencontres : serveur sur Node.js ${process.version}`);
}

/**
 * A page or action that failed because the database cannot be reached tells the proxy,
 * which then answers 503 until the database is back (src/lib/database-availability.ts).
 * Node.js only: the module looks at the SQLite file with node:fs, and the app has no
 * Edge routes.
 */
export const onRequestError: Instrumentation.onRequestError = async (error) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable, markDatabaseDown } = await import("@/lib/database-availability");
  if (isDatabaseUnavailable(error)) markDatabaseDown();
};
