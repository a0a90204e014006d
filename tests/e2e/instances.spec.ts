/**
 * Two app instances on one PostgreSQL database: a table saved through one is seen on the
 * other's public pages within 5 seconds, with no shared cache service (the design is in
 * docs/decisions/0008-several-instances.md). Runs in the PostgreSQL pass of the journeys
 * (E2E_DATABASE_URL=postgresql://…); the second instance is started here, on the same build.
 */
import { expect, test } from "@playwright/test";
import { startServer, type Server } from "../../scripts/bench/server";
import { E2E_DATABASE_URL } from "../support/e2e-database";
import { createAccount, signIn } from "./support/accounts";

const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;

test.describe("two instances on one PostgreSQL database", () => {
  test.skip(!E2E_DATABASE_URL.startsWith("postgres"), "PostgreSQL only: SQLite is one instance on one machine");
  test.skip(({ isMobile }) => isMobile, "one run is enough: it is about servers, not screens");

  let second: Server;
  test.beforeAll(async () => {
    second = await startServer(E2E_DATABASE_URL, SECOND_PORT, { RENCONTRES_DEMO_ADMIN: "off" });
  });
  test.afterAll(async () => {
    await second?.stop();
  });

  test("a table saved through one instance shows on the other's public pages within 5 seconds", async ({ page }) => {
    const email = "orga-instances@example.org";
    createAccount(email, "admin");
    const title = `Objectif vu par la seconde instance ${Date.now()}`;
    const tablePage = `${second.url}/rencontres/paris-2021/tables/2`;

    // The other instance has the page in its cache, as it would under traffic.
    for (let i = 0; i < 3; i += 1) expect((await fetch(tablePage)).status).toBe(200);
    expect(await (await fetch(tablePage)).text()).not.toContain(title);

    await signIn(page, email);
    await expect(page).toHaveURL("/admin");
    await page.getByRole("link", { name: /Paris/ }).first().click();
    await page.getByRole("link", { name: "Table 2" }).click();
    await page.getByLabel("Objectif 1", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Enregistrer la table" }).click();
    await expect(page.getByRole("status")).toHaveText("Table 2 enregistrée.");
    const saved = Date.now();

    // A visitor on the other instance reloads every 250 ms.
    let seenAfter = Infinity;
    while (Date.now() - saved < 10_000) {
      const html = await (await fetch(tablePage)).text();
      if (html.includes(title)) {
        seenAfter = Date.now() - saved;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    console.log(`Vu sur l'autre instance après ${seenAfter} ms`);
    expect(seenAfter).toBeLessThanOrEqual(5000);

    // The catalogue pages of the other instance follow too.
    const home = await (await fetch(`${second.url}/rencontres/paris-2021`)).text();
    expect(home).toContain(title);
  });
});
