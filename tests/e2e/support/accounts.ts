import { execFileSync } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../support/e2e-database";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const PASSWORD = "motdepasse-de-test-42";

/** Runs a command-line tool of the project on the e2e server's database. */
export function runCli(script: string, ...args: string[]) {
  execFileSync("npx", ["tsx", "--conditions=react-server", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL, ADMIN_PASSWORD: PASSWORD },
    stdio: "pipe",
  });
}

export const createAccount = (email: string, role: "admin" | "rapporteur") =>
  runCli("scripts/create-admin.ts", "--email", email, "--nom", "Compte de test", "--role", role);

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}
