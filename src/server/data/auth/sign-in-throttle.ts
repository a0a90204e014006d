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

export async function recordSignInFailure(email: string, ip: string, now = Date.now()): Promise<void> {
  for (const k of [key("email", email), key("ip", ip)]) {
    const count = (await failures(k, now)) + 1;
    await db.rateLimit.upsert({
      where: { key: k },
      create: { id: k, key: k, count, lastRequest: BigInt(now) },
      update: { count, lastRequest: BigInt(now) },
    });
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: key("email", email) } });
}
