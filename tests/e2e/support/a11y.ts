import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/**
 * Fails on any serious or critical WCAG 2.2 A/AA violation axe-core finds on the page.
 * `adminTitle`: the organisers' page's own title, to wait for after a click on a link.
 */
export async function expectNoSeriousViolation(page: Page, { adminTitle }: { adminTitle?: string } = {}) {
  // After a client-side navigation, Next.js streams the new page's title after the page
  // itself: scanning in between reports a missing title that no visitor would see. The
  // previous page's title would satisfy a wait for any title, hence `adminTitle`.
  await expect(page).toHaveTitle(adminTitle ? `${adminTitle} · Espace organisateurs` : /\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}
