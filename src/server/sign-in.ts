import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import type { SignInInput } from "@/lib/schemas/auth";
import { getAuth } from "./auth";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure } from "./data/auth/sign-in-throttle";

export type SignInOutcome = "ok" | "invalid" | "throttled";

/** The client's address as the proxy in front of the app reports it (first hop), else "local". */
async function clientAddress(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

/**
 * Signs in with email and password. An unknown email and a wrong password give the same
 * answer; repeated failures for one email or one client are refused for a while.
 */
export async function signIn(input: SignInInput): Promise<SignInOutcome> {
  const ip = await clientAddress();
  if (await isSignInThrottled(input.email, ip)) return "throttled";
  try {
    await getAuth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && [400, 401, 403].includes(error.statusCode)) {
      await recordSignInFailure(input.email, ip);
      return "invalid";
    }
    throw error;
  }
  await clearSignInFailures(input.email);
  return "ok";
}

export async function signOut(): Promise<void> {
  await getAuth().api.signOut({ headers: await headers() });
}

/** Changes the signed-in user's password; false when the current one is wrong. Other sessions are closed. */
export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<boolean> {
  try {
    await getAuth().api.changePassword({
      body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
      headers: await headers(),
    });
    return true;
  } catch (error) {
    if (error instanceof APIError && [400, 401].includes(error.statusCode)) return false;
    throw error;
  }
}
