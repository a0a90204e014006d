import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db";

/**
 * Failed sign-ins allowed per window: per email address from one client (then that client
 * is refused for this address), and per client whatever the address. An email's failures
 * from every client together only slow its sign-ins down (a delay that doubles with each
 * failure past perEmail, up to maxDelayMs), so that nobody can lock the owner out from
 * elsewhere: the owner, from another client, still signs in.
 */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 30, baseDelayMs: 250, maxDelayMs: 8000 } as const;

// Keys are hashed: neither addresses nor emails are stored in clear in the counters.
const key = (kind: "email" | "ip" | "pair", value: string) => `signin:${kind}:${createHash("sha256").update(value).digest("hex").slice(0, 32)}`;
const pairKey = (email: string, ip: string) => key("pair", `${email}\n${ip}`);

async function failures(k: string, now: number): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: k }, select: { count: true, lastRequest: true } });
  if (!row || now - Number(row.lastRequest) > SIGN_IN_LIMITS.windowMs) return 0;
  return row.count;
}

/** True when this client has failed too often lately, for this email or for any. */
export async function isSignInThrottled(email: string, ip: string, now = Date.now()): Promise<boolean> {
  const [byPair, byIp] = await Promise.all([failures(pairKey(email, ip), now), failures(key("ip", ip), now)]);
  return byPair >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp;
}

/** How long a sign-in for this email waits before it is tried: nothing until perEmail failures, then doubling. */
export async function signInDelayMs(email: string, now = Date.now()): Promise<number> {
  const byEmail = await failures(key("email", email), now);
  if (byEmail < SIGN_IN_LIMITS.perEmail) return 0;
  return Math.min(SIGN_IN_LIMITS.maxDelayMs, SIGN_IN_LIMITS.baseDelayMs * 2 ** Math.min(byEmail - SIGN_IN_LIMITS.perEmail, 16));
}

/**
 * Counts one more failure for this email and this client, in one statement each, so that
 * simultaneous failures all count (a read, then a write, would lose some). A counter older
 * than the window starts again at 1. The same SQL runs on SQLite and PostgreSQL.
 */
export async function recordSignInFailure(email: string, ip: string, now = Date.now()): Promise<void> {
  for (const k of [key("email", email), key("ip", ip), pairKey(email, ip)]) await countFailure(k, BigInt(now));
}

/**
 * The table (better-auth's) has two unique indexes, id and key, both holding the key. On
 * PostgreSQL, ON CONFLICT arbitrates one of them: two first failures at the same instant
 * can meet on the other and one gets a unique violation. By then the row exists, so the
 * same statement tried again takes the update branch.
 */
async function countFailure(k: string, at: bigint, attempt = 1): Promise<void> {
  try {
    await db.$executeRaw`INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${k}, ${k}, 1, ${at})
      ON CONFLICT ("id") DO UPDATE SET
        "count" = CASE WHEN ${at} - "RateLimit"."lastRequest" > ${BigInt(SIGN_IN_LIMITS.windowMs)} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "lastRequest" = ${at}`;
  } catch (error) {
    if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    await countFailure(k, at, attempt + 1);
  }
}

const isUniqueViolation = (error: unknown) => /\b23505\b|UNIQUE constraint failed/.test(error instanceof Error ? error.message : "");

/** After a successful sign-in: the email's counters start again (from this client, and its delay). */
export async function clearSignInFailures(email: string, ip?: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: { in: [key("email", email), ...(ip ? [pairKey(email, ip)] : [])] } } });
}
