/**
 * What the tests on the production server share: a database prepared as `npm start` does
 * with an organiser's account, Debian's Chromium, and the organiser's table form opened.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { afterAll, beforeAll } from "vitest";
import { startServer, type Server } from "../../../scripts/bench/server";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
export const SERVER_ENV = { RENCONTRES_DEMO_ADMIN: "off", BETTER_AUTH_SECRET: "un secret de test pour les pannes de base" };
export const ORGANISER = { email: "pannes@example.org", password: "un mot de passe pour les pannes" };

/** Prepares the database at `url` as `npm start` does (migrations, then the seed), with the organiser's account. */
export function setUpDatabase(url: string) {
  const env = { ...process.env, ...SERVER_ENV, DATABASE_URL: url, ADMIN_PASSWORD: ORGANISER.password };
  execFileSync("npm", ["run", "--silent", "db:setup"], { cwd: ROOT, env, stdio: "ignore" });
  execFileSync("npm", ["run", "--silent", "admin:create", "--", "--email", ORGANISER.email, "--nom", "Organisatrice des pannes"], {
    cwd: ROOT,
    env,
    stdio: "ignore",
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Signs the organiser in and opens the edit page of Paris 2021's table `number`. */
export async function openParisTable(browser: Browser, server: Server, number: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: "fr-FR" });
  const page = await context.newPage();
  await page.goto("/connexion");
  await page.getByLabel("Adresse e-mail").fill(ORGANISER.email);
  await page.getByLabel("Mot de passe").fill(ORGANISER.password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.waitForURL(/\/admin$/);
  await page.getByRole("link", { name: /Paris/ }).first().click();
  await page.getByRole("link", { name: `Table ${number}`, exact: true }).click();
  await page.getByLabel("Titre (facultatif)").waitFor();
  return page;
}

/**
 * For a describe block: a SQLite database of its own in a temporary directory, prepared by
 * setUpDatabase, the production server on it (under `launcher`, see startServer) and
 * Chromium; all gone after the block.
 */
export function useSqliteServer(prefix: string, port: number, launcher: string[] = []) {
  const fixture = { dir: "", file: "", server: undefined as unknown as Server, browser: undefined as unknown as Browser };
  beforeAll(async () => {
    fixture.dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    fixture.file = path.join(fixture.dir, "rencontres.db");
    setUpDatabase(`file:${fixture.file}`);
    fixture.server = await startServer(fixture.file, port, SERVER_ENV, launcher);
    fixture.browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.stop();
    if (fixture.dir) rmSync(fixture.dir, { recursive: true, force: true });
  });
  return fixture;
}
