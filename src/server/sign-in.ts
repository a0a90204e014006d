import "server-only";
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import type { SignInInput } from "@/lib/schemas/auth";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { getAuth } from "./auth";
import { clearSignInFailures, isSignInThrottled, recordSignInFailure, signInDelayMs } from "./data/auth/sign-in-throttle";

export type SignInOutcome = "ok" | "invalid" | "throttled";

/** The client's address, stamped on the request from its socket (src/instrumentation.ts, TRUSTED_PROXIES). */
async function clientAddress(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "inconnue";
}

/**
 * Signs in with email and password. An unknown email and a wrong password give the same
 * answer; repeated failures for one email from one client, or from one client for any
 * email, are refused for a while; an email attacked from many clients is only slowed down.
 */
export async function signIn(input: SignInInput): Promise<SignInOutcome> {
  const ip = await clientAddress();
  if (await isSignInThrottled(input.email, ip)) return "throttled";
  const delay = await signInDelayMs(input.email);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  try {
    await getAuth().api.signInEmail({ body: { email: input.email, password: input.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError && [400, 401, 403].includes(error.statusCode)) {
      await recordSignInFailure(input.email, ip);
      return "invalid";
    }
    throw error;
  }
  await clearSignInFailures(input.email, ip);
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
