import "server-only";
import { createHash } from "node:crypto";
import { db } from "@/server/db";

/** Failed sign-ins allowed per window, per email address and per client address. */
export const SIGN_IN_LIMITS = { windowMs: 15 * 60 * 1000, perEmail: 5, perIp: 30 } as const;

// Keys are hashed: neither addresses nor emails are stored in clear in the counters.
const key = (kind: "email" | "ip", value: string) => `signin:${kind}:${createHash("sha256").update(value).digest("hex").slice(0, 32)}`;

async function failures(k: string, now: number): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key: k }, select: { count: true, lastRequest: true } });
  if (!row || now - Number(row.lastRequest) > SIGN_IN_LIMITS.windowMs) return 0;
  return row.count;
}

/** True when this email or this client has failed too often lately. */
export async function isSignInThrottled(email: string, ip: string, now = Date.now()): Promise<boolean> {
  const [byEmail, byIp] = await Promise.all([failures(key("email", email), now), failures(key("ip", ip), now)]);
  return byEmail >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp;
}

/**
 * Counts one more failure for this email and this client, in one statement each, so that
 * simultaneous failures all count (a read, then a write, would lose some). A counter older
 * than the window starts again at 1. The same SQL runs on SQLite and PostgreSQL.
 */
export async function recordSignInFailure(email: string, ip: string, now = Date.now()): Promise<void> {
  const at = BigInt(now);
  const windowMs = BigInt(SIGN_IN_LIMITS.windowMs);
  for (const k of [key("email", email), key("ip", ip)]) {
    await db.$executeRaw`INSERT INTO "RateLimit" ("id", "key", "count", "lastRequest") VALUES (${k}, ${k}, 1, ${at})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN ${at} - "RateLimit"."lastRequest" > ${windowMs} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "lastRequest" = ${at}`;
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: key("email", email) } });
}
