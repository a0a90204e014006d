import { defineConfig, devices, type Project } from "@playwright/test";
import { E2E_DATABASE_URL } from "./tests/support/e2e-database";

const port = Number(process.env.E2E_PORT ?? 3100);
/** Journeys that publish rencontres or save published ones: they change the catalogue's counts. */
const ORGANISER_JOURNEYS = /(admin|admin-areas|organisers|editor|security|instances|invalidation)\.spec/;
/**
 * The rapprochements journey counts the pairs its import proposes with the seed's Paris: it runs
 * before the other organisers' journeys, whose copies of Paris would be proposed by the dozen too.
 */
const RAPPROCHEMENTS_JOURNEY = /rapprochements\.spec/;

/** The same journeys on a desktop ("bureau…") and on a phone ("mobile…"). */
function onBothScreens(suffix: string, options: Omit<Project, "name" | "use">): Project[] {
  return [
    { name: `bureau${suffix}`, ...options, use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: `mobile${suffix}`, ...options, use: { ...devices["Pixel 7"], channel: undefined } },
  ];
}

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
    ...onBothScreens("", { testIgnore: [ORGANISER_JOURNEYS, RAPPROCHEMENTS_JOURNEY] }),
    // Organisers' journeys span several accounts and saves: 20–30 s each on 2 cores, more under load.
    ...onBothScreens("-rapprochements", { testMatch: RAPPROCHEMENTS_JOURNEY, timeout: 90_000, dependencies: ["bureau", "mobile"] }),
    ...onBothScreens("-organisateurs", {
      testMatch: ORGANISER_JOURNEYS,
      timeout: 90_000,
      dependencies: ["bureau-rapprochements", "mobile-rapprochements"],
    }),
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
