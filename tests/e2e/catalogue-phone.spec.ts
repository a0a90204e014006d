import { expect, test, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";
import { openFilters } from "./support/catalogue";

const NNBSP = "\u202f";

async function snap(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(`${testInfo.project.name}-${name}`, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

/** The results heading is on the first screen: the results come first, not the filters. */
async function expectHeadingOnFirstScreen(page: Page) {
  const box = await page.getByRole("heading", { level: 2, name: /pistes?\b/ }).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box!.y - (await page.evaluate(() => window.scrollY))).toBeLessThan(viewport.height / 2);
}

test("filter /pistes by a theme and a word, see the results first, remove a chip, and sort", async ({ page }, testInfo) => {
  // Five pages, two axe scans and three full-page screenshots: about 20 s, more on a busy 2-core machine.
  test.setTimeout(90_000);
  const isPhone = testInfo.project.name.startsWith("mobile");
  await page.goto("/pistes");
  const heading = page.getByRole("heading", { level: 2 });
  await expect(heading).toHaveText("1 à 20 sur 42 pistes");
  await expectHeadingOnFirstScreen(page);
  const theme = page.getByRole("checkbox", { name: /Apprentissage et formation/ });
  // On a phone the filters wait behind their button; on a desktop they are the side panel.
  await expect(theme).toBeVisible({ visible: !isPhone });
  await snap(page, testInfo, "1-catalogue");

  await openFilters(page);
  // A click, not check(): the box submits the form, and the next page has its own box.
  await theme.click();
  // Applied at once, without a "Filtrer" press, and the results heading takes the focus.
  await expect(page).toHaveURL("/pistes?theme=apprentissage-et-formation#resultats");
  await expect(heading).toHaveText("4 pistes dans Apprentissage et formation");
  await expect(heading).toBeFocused();
  await expectHeadingOnFirstScreen(page);
  await expect(page.locator("summary", { hasText: /^Filtres/ })).toHaveText("Filtres (1)");

  await openFilters(page);
  await page.getByRole("searchbox", { name: "Mots recherchés" }).fill("stage");
  await page.getByRole("searchbox", { name: "Mots recherchés" }).press("Enter");
  await expect(page).toHaveURL("/pistes?q=stage&theme=apprentissage-et-formation#resultats");
  await expect(heading).toHaveText(`1 piste pour «${NNBSP}stage${NNBSP}» dans Apprentissage et formation`);
  await expectHeadingOnFirstScreen(page);
  // Why it matched: the word is marked in the text.
  await expect(page.locator("mark.search-hit", { hasText: /^stage$/i }).first()).toBeVisible();
  const chips = page.getByRole("list", { name: "Filtres actifs" }).getByRole("link");
  await expect(chips).toHaveText([/Mots.*stage/, /Thème.*Apprentissage et formation/]);
  await expectNoSeriousViolation(page);
  await snap(page, testInfo, "2-theme-et-mot");

  await page.getByRole("link", { name: /Retirer le filtre Thème/ }).click();
  await expect(page).toHaveURL("/pistes?q=stage#resultats");
  await expect(heading).toHaveText(new RegExp(`^\\d+ pistes? pour «${NNBSP}stage${NNBSP}»$`));
  await openFilters(page);
  await expect(page.getByRole("checkbox", { name: /Apprentissage et formation/ })).not.toBeChecked();

  const sort = page.getByRole("combobox", { name: "Trier par" });
  await expect(sort.locator("option")).toHaveText(["Les plus récentes", "Pertinence", "Les plus récurrentes"]);
  await expect(sort).toHaveValue("");
  await sort.selectOption({ label: "Les plus récentes" });
  await expect(page).toHaveURL("/pistes?q=stage&tri=recentes#resultats");
  await expect(sort.locator("option:checked")).toHaveText("Les plus récentes");
  await expectHeadingOnFirstScreen(page);
  await expectNoSeriousViolation(page);
  await snap(page, testInfo, "3-tri");

  await page.getByRole("link", { name: "Tout effacer" }).click();
  await expect(page).toHaveURL("/pistes#resultats");
  await expect(heading).toHaveText("1 à 20 sur 42 pistes");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters still apply with their button, and /exemples shows no empty block", async ({ page }) => {
    await page.goto("/pistes");
    await openFilters(page);
    await page.getByRole("checkbox", { name: /Apprentissage et formation/ }).check();
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL("/pistes?theme=apprentissage-et-formation#resultats");
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("4 pistes dans Apprentissage et formation");

    await page.goto("/exemples");
    await openFilters(page);
    await expect(page.getByRole("group", { name: "Thèmes" })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("1 à 20 sur 29 exemples");
  });
});

// At 390 px, a narrower phone than the mobile project's Pixel 7 (412 px).
test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the home page's table of rencontres shows all its columns", async ({ page }, testInfo) => {
    await page.goto("/");
    const region = page.getByRole("region", { name: "Tables de la rencontre de Paris" });
    await expect(region.getByRole("columnheader")).toHaveText(["Table", "Participant·es", "Objectifs", "Exemples", "Pistes"]);
    // Nothing to scroll sideways: the last columns are not cut off.
    expect(await region.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
    await testInfo.attach(`${testInfo.project.name}-accueil-tables`, { body: await region.screenshot(), contentType: "image/png" });
  });
});
