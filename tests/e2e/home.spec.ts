import { expect, test } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";

test("the home page shows the Paris rencontre of 13 December 2021 from the database, table by table", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(/Rencontres/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Grandes Rencontres");

  const rencontre = page.getByRole("article", { name: "Grande Rencontre — Paris" });
  await expect(rencontre).toContainText("13 décembre 2021");
  await expect(rencontre).toContainText("CEDIAS");

  const rows = rencontre.getByRole("row");
  await expect(rows).toHaveCount(7);
  // Table 3: 9 participants, 3 objectives, 5 examples, 7 ideas.
  await expect(rencontre.getByRole("row", { name: /^Table 3\b/ })).toHaveText(/Table 3\s*9\s*3\s*5\s*7/);
  await expect(rencontre.getByRole("row", { name: /^Table 5\b/ })).toHaveText(/Table 5\s*8\s*3\s*5\s*8/);

  const figures = page.getByRole("region", { name: "Le catalogue en chiffres" });
  await expect(figures).toContainText("45participations");
  await expect(figures).toContainText("42pistes d’action");
  await expect(page.getByText("Apprentissage et formation")).toBeVisible();
});

test("the home page has no serious accessibility violation", async ({ page }) => {
  await page.goto("/");
  await expectNoSeriousViolation(page);
});

test("an unknown address gives a French 404 page", async ({ page }) => {
  const response = await page.goto("/cette-page-n-existe-pas");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page introuvable");
  await page.getByRole("link", { name: /Revenir à l’accueil/ }).click();
  await expect(page).toHaveURL("/");
});

test("every page names its icon, which the server serves (no favicon 404 in the console)", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("the navigation marks the current page and its section", async ({ page }) => {
  await page.goto("/pistes");
  const nav = page.getByRole("navigation", { name: "Navigation principale" });
  await expect(nav.getByRole("link", { name: "Pistes" })).toHaveAttribute("aria-current", "page");
  await expect(nav.locator("[aria-current]")).toHaveCount(1);
  // Visibly, not only for screen readers.
  await expect(nav.getByRole("link", { name: "Pistes" })).toHaveCSS("font-weight", "700");
  await expect(nav.getByRole("link", { name: "Exemples" })).not.toHaveCSS("font-weight", "700");
  await page.goto("/rencontres/paris-2021");
  await expect(nav.getByRole("link", { name: "Rencontres" })).toHaveAttribute("aria-current", "true");
  await expect(nav.getByRole("link", { name: "Pistes" })).not.toHaveAttribute("aria-current", /./);
  const box = await nav.getByRole("link", { name: "Pistes" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
});
