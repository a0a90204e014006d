/**
 * The read API's per-client limit: a token bucket per client address, in this instance's
 * memory (each instance counts its own clients). A client may burst up to `capacity`
 * requests, then gets `perMinute` a minute; past that, `take` says how many seconds to wait.
 * The table is bounded: past `maxClients` the longest-unseen clients are forgotten, so a
 * flood of addresses cannot grow it without end.
 */
export type RateLimiter = { take: (client: string, now?: number) => { allowed: true } | { allowed: false; retryAfterSeconds: number } };

export function createRateLimiter({
  perMinute,
  capacity = perMinute,
  maxClients = 10_000,
}: {
  perMinute: number;
  capacity?: number;
  maxClients?: number;
}): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = perMinute / 60_000;
  return {
    take(client, now = Date.now()) {
      const bucket = buckets.get(client) ?? { tokens: capacity, at: now };
      buckets.delete(client);
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * perMs);
      bucket.at = now;
      buckets.set(client, bucket);
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
    },
  };
}

/**
 * A limiter whose rate per minute is read at each request (`perMinute`, from the environment),
 * made anew when that rate changes; a rate of 0 lets every request through.
 */
export function configuredRateLimiter(perMinute: () => number): RateLimiter {
  let current: { perMinute: number; limiter: RateLimiter } | null = null;
  return {
    take(client, now) {
      const rate = perMinute();
      if (rate === 0) return { allowed: true };
      if (current?.perMinute !== rate) current = { perMinute: rate, limiter: createRateLimiter({ perMinute: rate }) };
      return current.limiter.take(client, now);
    },
  };
}

/** The limit per client and minute, from API_RATE_LIMIT_PER_MINUTE (600 by default). */
export function apiRateLimitPerMinute(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 600;
}
