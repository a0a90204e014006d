import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { siteUrl } from "@/lib/site-url";
import { authSecret } from "./auth-secret";
import { db } from "./db";

/**
 * Sign-in and sessions (better-auth): email + password hashed with scrypt, sessions in the
 * database, httpOnly SameSite=Lax cookies, Secure in production. No public sign-up: admins
 * create accounts. The app calls it from its own server actions only; its HTTP endpoints
 * are not mounted.
 */
function createAuth() {
  return betterAuth({
    appName: "Rencontres",
    baseURL: process.env.BETTER_AUTH_URL ?? siteUrl(),
    secret: authSecret(),
    database: prismaAdapter(db, { provider: "sqlite" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10, maxPasswordLength: 128 },
    user: { additionalFields: { role: { type: "string", input: false, defaultValue: "RAPPORTEUR" } } },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    advanced: {
      useSecureCookies: process.env.NODE_ENV === "production" && !siteUrl().startsWith("http://"),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    rateLimit: { enabled: true, storage: "database", window: 60, max: 100 },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

let instance: ReturnType<typeof createAuth> | undefined;

/** Built on first use, so that building the app neither needs nor creates the secret. */
export function getAuth(): ReturnType<typeof createAuth> {
  instance ??= createAuth();
  return instance;
}
