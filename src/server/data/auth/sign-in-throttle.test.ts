import { describe, expect, it } from "vitest";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure, SIGN_IN_LIMITS, signInDelayMs } from "./sign-in-throttle";

describe("sign-in throttling", () => {
  it("refuses a client that failed too often for one email, for a while, and not the owner on another client", async () => {
    const now = Date.now();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail - 1; i += 1) await recordSignInFailure("orga@example.org", "10.0.0.1", now);
    expect(await isSignInThrottled("orga@example.org", "10.0.0.1", now)).toBe(false);
    await recordSignInFailure("orga@example.org", "10.0.0.1", now);
    expect(await isSignInThrottled("orga@example.org", "10.0.0.1", now)).toBe(true);
    // The attacker cannot lock the owner out: from another client the right password still goes through.
    expect(await isSignInThrottled("orga@example.org", "10.0.0.2", now)).toBe(false);
    expect(await isSignInThrottled("autre@example.org", "10.0.0.2", now)).toBe(false);
    expect(await isSignInThrottled("orga@example.org", "10.0.0.1", now + SIGN_IN_LIMITS.windowMs + 1)).toBe(false);
    await clearSignInFailures("orga@example.org", "10.0.0.1");
    expect(await isSignInThrottled("orga@example.org", "10.0.0.1", now)).toBe(false);
  });

  it("slows an email attacked from many clients down, more with each failure, never past the ceiling", async () => {
    const now = Date.now();
    expect(await signInDelayMs("cible@example.org", now)).toBe(0);
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail; i += 1) await recordSignInFailure("cible@example.org", `198.51.100.${i}`, now);
    const first = await signInDelayMs("cible@example.org", now);
    await recordSignInFailure("cible@example.org", "198.51.100.99", now);
    const second = await signInDelayMs("cible@example.org", now);
    expect(first).toBeGreaterThan(0);
    expect(second).toBe(first * 2);
    for (let i = 0; i < 40; i += 1) await recordSignInFailure("cible@example.org", `203.0.113.${i}`, now);
    expect(await signInDelayMs("cible@example.org", now)).toBe(SIGN_IN_LIMITS.maxDelayMs);
    // No single one of those clients reached its own limit: none is refused.
    expect(await isSignInThrottled("cible@example.org", "203.0.113.1", now)).toBe(false);
  });

  it("refuses a client that fails for many emails, and counts every one of simultaneous failures", async () => {
    const now = Date.now();
    await Promise.all(Array.from({ length: SIGN_IN_LIMITS.perIp }, (_, i) => recordSignInFailure(`essai-${i}@example.org`, "10.0.0.3", now)));
    expect(await isSignInThrottled("nouvelle@example.org", "10.0.0.3", now)).toBe(true);
    expect(await isSignInThrottled("nouvelle@example.org", "10.0.0.4", now)).toBe(false);
    await Promise.all(Array.from({ length: SIGN_IN_LIMITS.perEmail }, () => recordSignInFailure("rafale@example.org", "10.0.0.5", now)));
    expect(await isSignInThrottled("rafale@example.org", "10.0.0.5", now)).toBe(true);
    await recordSignInFailure("rafale@example.org", "10.0.0.5", now + SIGN_IN_LIMITS.windowMs + 1);
    expect(await isSignInThrottled("rafale@example.org", "10.0.0.5", now + SIGN_IN_LIMITS.windowMs + 1)).toBe(false);
  });
});
