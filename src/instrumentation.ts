import type { Instrumentation } from "next";
import { isDatabaseUnavailable, markDatabaseDown } from "@/lib/database-availability";

/**
 * A page or action that failed because the database cannot be reached tells the proxy,
 * which then answers 503 until the database is back (src/lib/database-availability.ts).
 */
export const onRequestError: Instrumentation.onRequestError = (error) => {
  if (isDatabaseUnavailable(error)) markDatabaseDown();
};
