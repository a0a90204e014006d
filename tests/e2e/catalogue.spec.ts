import { expect, test } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";
import { openFilters } from "./support/catalogue";

test("from home to a rencontre, to its table 3, and back", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Grande Rencontre — Paris" }).click();
  await expect(page).toHaveURL("/rencontres/paris-2021");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grande Rencontre — Paris");
  // The whole compte rendu: introduction, round table, tables, general synthesis.
  await expect(page.getByRole("heading", { name: "Table ronde" })).toBeVisible();
  await expect(page.getByText("Jonathan JEREMIASZ (Impact France)").first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Synthèse générale" })).toBeVisible();

  await page.getByRole("link", { name: "Table 3", exact: true }).first().click();
  await expect(page).toHaveURL("/rencontres/paris-2021/tables/3");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Table 3");
  await expect(page.getByRole("list", { name: "Participant·es de la table 3" }).getByRole("listitem")).toHaveCount(9);
  await expect(page.getByText("Claire ENGRAND (en création d’entreprise)")).toBeVisible();
  await expect(page.getByRole("link", { name: "← Table 2" })).toBeVisible();
  await page.getByRole("link", { name: "Table 4 →" }).click();
  await expect(page).toHaveURL("/rencontres/paris-2021/tables/4");
  await page.goBack();
  await expect(page).toHaveURL("/rencontres/paris-2021/tables/3");
  await page.getByRole("navigation", { name: "Fil d’Ariane" }).getByRole("link", { name: "Paris" }).click();
  await expect(page).toHaveURL("/rencontres/paris-2021");
});

test("filter ideas by the theme Apprentissage et formation and find the unités d'enseignement", async ({ page }) => {
  await page.goto("/pistes");
  await expect(page.getByRole("heading", { name: /sur 42 pistes$/ })).toBeVisible();
  await openFilters(page);
  // A click, not check(): the box submits the form at once, and the next page has its own box.
  await page.getByRole("checkbox", { name: /Apprentissage et formation/ }).click();
  await expect(page).toHaveURL(/\/pistes\?theme=apprentissage-et-formation#resultats$/);
  await expect(page.getByRole("heading", { name: /^4 pistes/ })).toBeVisible();
  await expect(page.getByText("Des unités d’enseignement communes")).toBeVisible();
  // The keyword is highlighted and the idea links to its table.
  await expect(page.locator("mark.keyword", { hasText: "unités d’enseignement" })).toBeVisible();
});

test("search vis ma vie and find the ideas of tables 3 and 5", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Rechercher une piste de collaboration" }).fill("vis ma vie");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await expect(page).toHaveURL("/pistes?q=vis+ma+vie");
  const results = page
    .getByRole("region", { name: /2 pistes/ })
    .getByRole("list", { name: "Résultats" })
    .getByRole("listitem");
  await expect(results).toHaveCount(2);
  await expect(results.nth(0).getByRole("link", { name: "Table 3" })).toBeVisible();
  await expect(results.nth(1).getByRole("link", { name: "Table 5" })).toBeVisible();
});

test("unknown filters and pages past the end are explained, never an error", async ({ page }) => {
  const response = await page.goto("/pistes?theme=inconnu&page=99&statut=fini");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("status")).toContainText("thème « inconnu »");
  await expect(page.getByText("La page 99 est au-delà des résultats")).toBeVisible();
  await page.goto("/exemples?q=zzzzzz");
  await expect(page.getByText("Rien ne correspond à cette recherche.")).toBeVisible();
  expect((await page.goto("/rencontres/n-existe-pas"))?.status()).toBe(404);
  expect((await page.goto("/rencontres/paris-2021/tables/99"))?.status()).toBe(404);
  expect((await page.goto("/themes/n-existe-pas"))?.status()).toBe(404);
});

test("the rencontre page prints as a clean compte rendu", async ({ page }) => {
  await page.goto("/rencontres/paris-2021");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Navigation principale" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Sommaire du compte rendu" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Synthèse générale" })).toBeVisible();
});

for (const path of [
  "/pistes",
  "/exemples?q=formation",
  "/rencontres/paris-2021",
  "/rencontres/paris-2021/tables/3",
  "/themes/apprentissage-et-formation",
]) {
  test(`no serious accessibility violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoSeriousViolation(page);
  });
}
