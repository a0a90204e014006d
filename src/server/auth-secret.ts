import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const SECRET_FILE = path.join(/*turbopackIgnore: true*/ process.cwd(), "data", "auth-secret");

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET, or for a local install a
 * random one kept in data/auth-secret (created once, never committed). Several instances
 * must share BETTER_AUTH_SECRET.
 */
export function authSecret(): string {
  const fromEnv = process.env.BETTER_AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (existsSync(SECRET_FILE)) return readFileSync(SECRET_FILE, "utf8").trim();
  mkdirSync(path.dirname(SECRET_FILE), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(SECRET_FILE, secret, { mode: 0o600 });
  return secret;
}
