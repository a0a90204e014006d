import { expect, test } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";

test("the observatory shows Paris 2021 theme by theme, and a cell leads to the same ideas in the catalogue", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Observatoire" }).click();
  await expect(page).toHaveURL("/observatoire");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Observatoire");
  await expect(page.getByText("42 pistes de 1 rencontre publiée")).toBeVisible();

  const matrix = page.getByRole("region", { name: "Thèmes, villes et années" });
  await expect(matrix.getByRole("img", { name: "Nombre de pistes par thème et par année" })).toBeVisible();
  await expect(matrix.getByRole("img", { name: "Nombre de pistes par thème et par ville" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Ce que sont devenues les pistes, thème par thème" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Les pistes les plus récurrentes" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Les organisations autour des tables/ })).toBeVisible();
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`observatoire-${width}.png`), fullPage: true });
  }

  for (const summary of await matrix.getByText("Les chiffres en tableau").all()) await summary.click();
  const [byYear, byCity] = [matrix.getByRole("table", { name: /par année/ }), matrix.getByRole("table", { name: /par ville/ })];
  await expect(byYear.getByRole("columnheader", { name: "2021" })).toBeVisible();
  await expect(byCity.getByRole("columnheader", { name: "Paris" })).toBeVisible();
  await expect(byCity.getByRole("row", { name: /^Sans thème/ })).toHaveText(/Sans thème\s*23\s*23/);
  // The ideas without a theme lead to the catalogue's « Sans thème » filter, in both charts' tables.
  await expect(byCity.getByRole("row", { name: /^Sans thème/ }).getByRole("link")).toHaveAttribute("href", "/pistes?theme=sans-theme&ville=paris");
  await page
    .locator("figure", { has: page.getByRole("img", { name: "Ce que sont devenues les pistes, thème par thème" }) })
    .getByText("Les chiffres en tableau")
    .click();
  const byStatus = page.getByRole("table", { name: "Pistes par thème et par statut de suivi" });
  await expect(byStatus.getByRole("row", { name: /^Sans thème/ }).getByRole("link")).toHaveAttribute(
    "href",
    "/pistes?theme=sans-theme&statut=proposee",
  );
  const yearCount = (await byYear
    .getByRole("row", { name: /^Apprentissage et formation/ })
    .getByRole("link")
    .textContent())!.trim();
  const row = byCity.getByRole("row", { name: /^Apprentissage et formation/ });
  const count = (await row.getByRole("link").textContent())!.trim();
  expect(yearCount).toBe(count);
  await row.getByRole("link").click();
  await expect(page).toHaveURL("/pistes?theme=apprentissage-et-formation&ville=paris");
  await expect(page.getByRole("heading", { name: new RegExp(`^${count} pistes?`) })).toBeVisible();
});

test("the observatory has no serious accessibility violation, its tables open", async ({ page }) => {
  await page.goto("/observatoire");
  await expectNoSeriousViolation(page);
  for (const summary of await page.getByText("Les chiffres en tableau").all()) await summary.click();
  await expectNoSeriousViolation(page);
});

test("the observatory's grid of one year: theme × city for 2021, each cell leading to the catalogue filtered by theme, city and year", async ({
  page,
}, testInfo) => {
  await page.goto("/observatoire");
  const years = page.getByRole("navigation", { name: "Villes d’une année" });
  await expect(years.getByRole("link", { name: "Toutes les années" })).toHaveAttribute("aria-current", "page");
  await years.getByRole("link", { name: "2021" }).click();
  await expect(page).toHaveURL("/observatoire?annee=2021");
  await expect(page).toHaveTitle(/^Observatoire, 2021/);
  await expect(years.getByRole("link", { name: "2021" })).toHaveAttribute("aria-current", "page");
  const matrix = page.getByRole("region", { name: "Thèmes, villes et années" });
  await expect(matrix.getByRole("img", { name: "Nombre de pistes par thème et par ville en 2021" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("observatoire-2021.png"), fullPage: true });
  await expectNoSeriousViolation(page);

  await matrix
    .locator("figure", { has: page.getByRole("img", { name: /par ville en 2021/ }) })
    .getByText("Les chiffres en tableau")
    .click();
  const row = matrix
    .getByRole("table", { name: "Nombre de pistes par thème et par ville en 2021" })
    .getByRole("row", { name: /^Apprentissage et formation/ });
  const count = (await row.getByRole("link").textContent())!.trim();
  await row.getByRole("link").click();
  await expect(page).toHaveURL("/pistes?theme=apprentissage-et-formation&ville=paris&annee=2021");
  await expect(page.getByRole("heading", { name: new RegExp(`^${count} pistes?`) })).toBeVisible();

  // A year without a rencontre is no page, and what else follows "?" is not read.
  expect((await page.goto("/observatoire?annee=1999"))!.status()).toBe(404);
  await page.goto("/observatoire?annee=2021&theme=x");
  await expect(page.getByRole("img", { name: "Nombre de pistes par thème et par ville en 2021" })).toBeVisible();
});
