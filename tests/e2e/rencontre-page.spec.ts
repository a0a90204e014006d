import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";

const PARIS = "/rencontres/paris-2021";
const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 1024;

// The sizes the issue was measured at: a 390 × 844 phone, a 1280 × 800 desktop.
test.beforeEach(async ({ page }) => {
  await page.setViewportSize(isPhone(page) ? { width: 390, height: 844 } : { width: 1280, height: 800 });
});

async function attachScreenshot(page: Page, name: string) {
  const body = await page.screenshot({ fullPage: false, path: path.join("tests", ".tmp", "screenshots", `${test.info().project.name}-${name}.png`) });
  await test.info().attach(name, { body, contentType: "image/png" });
}

test("the Paris page has contents that follow the reader: sticky beside the text on a wide screen, a jump menu on a phone", async ({ page }) => {
  await page.goto(PARIS);
  const contents = page.getByRole("navigation", { name: "Sommaire du compte rendu" });
  await attachScreenshot(page, "paris-haut");
  if (isPhone(page)) {
    await expect(contents).toBeHidden();
    await page.locator("summary", { hasText: "Sommaire" }).click();
    await expect(contents).toBeVisible();
    await attachScreenshot(page, "sommaire-telephone");
  }
  await expect(contents).toBeVisible();
  // One column, in the compte rendu's order.
  await expect(contents.getByRole("link")).toContainText([
    "Introduction",
    "Présentation",
    "Table ronde",
    "Les ateliers",
    "Synthèse par tables",
    "Table 1",
  ]);
  await contents.getByRole("link", { name: "Synthèse générale" }).click();
  await expect(page).toHaveURL(/#synthese$/);
  await expect(page.getByRole("heading", { name: "Synthèse générale", level: 2 })).toBeInViewport();
  if (!isPhone(page)) {
    // Far down the page, the contents are still on screen.
    await expect(contents).toBeInViewport();
    await attachScreenshot(page, "sommaire-bureau");
  }
  await expectNoSeriousViolation(page);
  await page.getByRole("link", { name: "Haut de page ↑" }).first().click();
  await expect(page).toHaveURL(/#haut$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport();
});

test("the appendix groups of the Paris synthesis are named, not numbered", async ({ page }) => {
  await page.goto(PARIS);
  await expect(page.getByRole("heading", { level: 4, name: /^Exemples — groupe 1\s:\sLe Neurchi du TS$/ })).toBeVisible();
  await expect(page.getByRole("heading", { level: 4, name: /^Pistes — objectif 1\s:\sSe connaître/ })).toBeVisible();
});

test("a table page starts with jump links to its ideas, examples, objectives and participants", async ({ page }) => {
  await page.goto(`${PARIS}/tables/3`);
  const jumps = page.getByRole("navigation", { name: "Dans cette table" });
  await expect(jumps.getByRole("link")).toHaveText(["7 pistes ↓", "5 exemples ↓", "3 objectifs ↓", "9 participant·es ↓"]);
  const box = await jumps.getByRole("link").first().boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(44);
  await attachScreenshot(page, "table-3");
  await jumps.getByRole("link", { name: "7 pistes ↓" }).click();
  await expect(page.getByRole("heading", { name: "Pistes de future collaboration", level: 2 })).toBeInViewport();
  await expectNoSeriousViolation(page);
});

test("a printed rencontre says where and when it was printed, numbers its pages and keeps real margins", async ({ page, browserName }) => {
  test.skip(browserName !== "chromium" || isPhone(page), "page.pdf is Chromium's, and prints the same at any size");
  test.setTimeout(120_000);
  await page.goto(PARIS);
  await page.emulateMedia({ media: "print" });
  const dir = mkdtempSync(path.join(tmpdir(), "rencontres-print-"));
  const file = path.join(dir, "paris.pdf");
  writeFileSync(file, await page.pdf({ format: "A4", preferCSSPageSize: true }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
  const today = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" }).format(new Date());
  expect(text.replace(/\s+/g, " ")).toMatch(new RegExp(`Imprimé le ${today} depuis https?://\\S+/rencontres/paris-2021`));
  const pages = (text.match(/\f/g) ?? []).length;
  expect(pages).toBeGreaterThan(3);
  expect(text).toMatch(new RegExp(`\\b2 / ${pages}\\b`));
  expect(text).not.toContain("Aller au contenu");
});
