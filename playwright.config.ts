import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL } from "./tests/support/e2e-database";

const port = Number(process.env.E2E_PORT ?? 3100);
/** Journeys that publish rencontres or save published ones: they change the catalogue's counts. */
const ORGANISER_JOURNEYS = /(admin|admin-areas|organisers|editor|security|instances|invalidation)\.spec/;
/**
 * The rapprochements journey counts the pairs its import proposes with the seed's Paris: it runs
 * before the other organisers' journeys, whose copies of Paris would be proposed by the dozen too.
 */
const RAPPROCHEMENTS_JOURNEY = /rapprochements\.spec/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "fr-FR",
    trace: "retain-on-failure",
    launchOptions: {
      // Debian's Chromium: Playwright's own browser download is not reachable here.
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    // Journeys that publish rencontres (the organisers' ones) change the catalogue's counts:
    // they run once the journeys reading the seed catalogue are done.
    {
      name: "bureau",
      testIgnore: [ORGANISER_JOURNEYS, RAPPROCHEMENTS_JOURNEY],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    { name: "mobile", testIgnore: [ORGANISER_JOURNEYS, RAPPROCHEMENTS_JOURNEY], use: { ...devices["Pixel 7"], channel: undefined } },
    {
      name: "bureau-rapprochements",
      testMatch: RAPPROCHEMENTS_JOURNEY,
      timeout: 90_000,
      dependencies: ["bureau", "mobile"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "mobile-rapprochements",
      testMatch: RAPPROCHEMENTS_JOURNEY,
      timeout: 90_000,
      dependencies: ["bureau", "mobile"],
      use: { ...devices["Pixel 7"], channel: undefined },
    },
    {
      name: "bureau-organisateurs",
      testMatch: ORGANISER_JOURNEYS,
      // Organisers' journeys span several accounts and saves: 20–30 s each on 2 cores, more under load.
      timeout: 90_000,
      dependencies: ["bureau-rapprochements", "mobile-rapprochements"],
      use: { ...devices["Desktop Chrome"], channel: undefined },
    },
    {
      name: "mobile-organisateurs",
      testMatch: ORGANISER_JOURNEYS,
      // Organisers' journeys span several accounts and saves: 20–30 s each on 2 cores, more under load.
      timeout: 90_000,
      dependencies: ["bureau-rapprochements", "mobile-rapprochements"],
      use: { ...devices["Pixel 7"], channel: undefined },
    },
  ],
  webServer: {
    command: "bash scripts/e2e-server.sh",
    url: `http://127.0.0.1:${port}/`,
    // Reset, migrations, seed and `next build`: 2–4 minutes on 2 cores, more when the machine is busy.
    timeout: 420_000,
    reuseExistingServer: false,
    env: { E2E_PORT: String(port), DATABASE_URL: E2E_DATABASE_URL },
  },
});
