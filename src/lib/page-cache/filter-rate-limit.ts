import { configuredRateLimiter } from "@/lib/api/rate-limit";

/**
 * The catalogue's filter addresses per client and minute: CATALOGUE_RATE_LIMIT_PER_MINUTE,
 * 120 by default (a burst of as many), 0 to turn the limit off. A person filtering asks for a
 * few addresses a minute; a crawler walking every combination of filters asks for hundreds,
 * and each address not in the page cache yet is a render (issue 13's crawl test).
 */
export function filterRateLimitPerMinute(value: string | undefined): number {
  if (value === "0") return 0;
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 120;
}

const limiter = configuredRateLimiter(() => filterRateLimitPerMinute(process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE));

/**
 * Counts one filtered catalogue address (/pistes?…, /exemples?…) for `client` in this
 * instance's memory: null when it may go on, else the seconds to wait.
 */
export function takeFilterAddress(client: string, now = Date.now()): number | null {
  const taken = limiter.take(client, now);
  return taken.allowed ? null : taken.retryAfterSeconds;
}
