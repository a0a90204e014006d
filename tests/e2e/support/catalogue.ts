import type { Page } from "@playwright/test";

/** On a phone the catalogue's filters sit behind "Filtres (n)": open them (from lg on they are always shown). */
export async function openFilters(page: Page) {
  const summary = page.locator("summary", { hasText: /^Filtres/ });
  if ((await summary.isVisible()) && !(await page.locator("details.filters-panel").evaluate((d: HTMLDetailsElement) => d.open)))
    await summary.click();
}
