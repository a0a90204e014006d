import { expect, test } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";

test("open an organisation cited by two tables (Caracol) and see both", async ({ page }) => {
  await page.goto("/organisations");
  await page.getByRole("searchbox", { name: "Nom de l’organisation" }).fill("CARACOL");
  await page.getByRole("button", { name: "Chercher" }).click();
  await expect(page).toHaveURL("/organisations?q=CARACOL");
  await page.getByRole("link", { name: "Caracol" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Caracol");
  const tables = page.getByRole("region", { name: "Aux tables de travail" });
  await expect(tables.getByRole("link", { name: "Table 1" })).toBeVisible();
  await expect(tables.getByRole("link", { name: "Table 2" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Citée dans les exemples et les pistes" })).toContainText(
    "Les colocations solidaires proposées par l’association Caracol",
  );
  await tables.getByRole("link", { name: "Table 2" }).click();
  await expect(page).toHaveURL("/rencontres/paris-2021/tables/2");
});

test("an organisation's page leads to the ideas and examples of its tables", async ({ page }) => {
  await page.goto("/organisations/caracol");
  const links = page.getByRole("navigation", { name: "Ses pistes et ses exemples" });
  // Caracol sat at tables 1 and 2 of Paris: 6 + 8 ideas.
  await expect(links.getByRole("link", { name: "Pistes de ses tables (14)" })).toBeVisible();
  await expect(links.getByRole("link", { name: /^Exemples de ses tables \(\d+\)$/ })).toBeVisible();
  await links.getByRole("link", { name: "Pistes de ses tables (14)" }).click();
  await expect(page).toHaveURL("/pistes?organisation=caracol");
});

test("the rencontres list filters by city without JavaScript and explains unknown values", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/rencontres");
  await page.getByLabel("Ville").selectOption("paris");
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/\/rencontres\?ville=paris/);
  await expect(page.getByRole("link", { name: "Grande Rencontre — Paris" })).toBeVisible();
  await page.goto("/rencontres?ville=atlantide");
  await expect(page.getByRole("status")).toContainText("ville « atlantide »");
  await context.close();
});

test("à propos tells the programme's story", async ({ page }) => {
  await page.goto("/a-propos");
  const steps = page.getByRole("region", { name: "Les étapes" });
  await expect(steps).toContainText("2019");
  await expect(steps).toContainText("Québec");
  await expect(page.getByRole("link", { name: "salut@lacompagniegeneraledesautres.co" })).toHaveAttribute(
    "href",
    "mailto:salut@lacompagniegeneraledesautres.co",
  );
});

test("sitemap.xml lists the public pages and robots.txt keeps /admin out", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/rencontres/paris-2021/tables/6</loc>");
  expect(sitemap).toContain("/organisations/caracol</loc>");
  expect(sitemap).toContain("/themes/apprentissage-et-formation</loc>");
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Disallow: /admin");
  expect(robots).toContain("Sitemap: ");
});

for (const path of ["/organisations", "/organisations/caracol", "/rencontres", "/a-propos"]) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolation(page);
  });
}
