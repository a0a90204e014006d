import { expect, type Locator, type Page } from "@playwright/test";

/** On a phone the catalogue's filters sit behind "Filtres (n)": open them (from lg on they are always shown). */
export async function openFilters(page: Page) {
  const summary = page.locator("summary", { hasText: /^Filtres/ });
  if ((await summary.isVisible()) && !(await page.locator("details.filters-panel").evaluate((d: HTMLDetailsElement) => d.open)))
    await summary.click();
}

/**
 * Visits `url` until `shown` is visible. A rencontre imported by the CLI is written by another
 * process: this server reads the catalogue version at most once a second, and an address it
 * rendered before that is served once more from the page cache while it renders again
 * (docs/decisions/0008: within about 3 s, the promise is 5 s).
 */
export async function gotoUntilShown(page: Page, url: string, shown: Locator) {
  await expect(async () => {
    await page.goto(url);
    await expect(shown).toBeVisible({ timeout: 1000 });
  }).toPass({ intervals: [500, 1000], timeout: 10_000 });
}
