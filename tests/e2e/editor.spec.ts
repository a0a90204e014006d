import { expect, test, type Locator, type Page, type TestInfo } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";
import { createAccount, signIn } from "./support/accounts";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const isPhone = (testInfo: TestInfo) => testInfo.project.name.startsWith("mobile");

/**
 * Counts a user's taps: a click, a check, or putting the cursor in a field that does not
 * already have it. Typing and keys (Enter, Tab) are not taps.
 */
function tapCounter() {
  let taps = 0;
  return {
    get count() {
      return taps;
    },
    async tap(target: Locator) {
      taps += 1;
      await target.click();
    },
    async check(target: Locator) {
      taps += 1;
      await target.check();
    },
    async type(target: Locator, text: string) {
      if (!(await target.evaluate((el) => el === document.activeElement))) {
        taps += 1;
        await target.click();
      }
      await target.fill(text);
    },
  };
}

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(`${name}-${testInfo.project.name}`, { path, contentType: "image/png" });
}

/** Signs in a new admin, creates a draft with one table, and opens that table's editor. */
async function openNewTable(page: Page, testInfo: TestInfo, name: string) {
  await page.setViewportSize(isPhone(testInfo) ? PHONE : DESKTOP);
  const email = `${name}-${testInfo.project.name}@example.org`;
  createAccount(email, "admin");
  await signIn(page, email);
  await expect(page).toHaveURL("/admin");
  const title = `Éditeur ${name} (${testInfo.project.name})`;
  await page.goto("/admin/rencontres/nouvelle");
  await page.getByLabel("Titre (obligatoire)").fill(title);
  await page.getByLabel("Ville (obligatoire)").fill("Bordeaux");
  await page.getByLabel("Date").fill("2024-03-14");
  await page.getByRole("button", { name: "Créer la rencontre" }).click();
  await expect(page.getByRole("status")).toContainText("Rencontre créée");
  const rencontreUrl = page.url().split("?")[0]!;
  await page.getByLabel("Numéro (obligatoire)").fill("1");
  await page.getByRole("button", { name: "Ajouter la table" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Table 1");
  await expect(page.getByRole("status").first()).toContainText("Table 1 créée");
  // Without the creation's message, so that the save bar's outcome is the page's one status.
  await page.goto(page.url().split("?")[0]!);
  return { title, rencontreUrl };
}

const group = (page: Page, name: RegExp) => page.getByRole("group", { name });

test("on a phone, a whole table takes at most 22 taps, and the save is confirmed where the user is", async ({ page }, testInfo) => {
  test.slow();
  await openNewTable(page, testInfo, "saisie");
  const user = tapCounter();
  const field = (label: string) => page.getByLabel(label, { exact: true });

  await user.tap(group(page, /^Participant/).getByRole("button", { name: "Ajouter un·e participant·e" }));
  const participants = [
    ["Alice MARTIN", "Caracol"],
    ["Bruno DURAND", "Emmaüs Connect"],
    ["Chloé PETIT", "Mairie de Bordeaux"],
    ["David LEROY", "SINGA"],
  ] as const;
  for (const [i, [name, organisation]] of participants.entries()) {
    await user.type(field(`Nom ${i + 1}`), name);
    await field(`Nom ${i + 1}`).press("Tab");
    await user.type(
      group(page, /^Participant/)
        .getByLabel("Organisation", { exact: true })
        .nth(i),
      organisation,
    );
    if (i < participants.length - 1)
      await group(page, /^Participant/)
        .getByLabel("Organisation", { exact: true })
        .nth(i)
        .press("Enter");
  }
  const lists = [
    [/^Objectifs/, "Ajouter un objectif", "Objectif", ["Se connaître", "Former ensemble"]],
    [/^Exemples/, "Ajouter un exemple", "Exemple", ["Un **tiers-lieu** partagé", "Une **permanence** commune"]],
    [/^Pistes/, "Ajouter une piste", "Piste", ["Des **stages croisés**", "Un **annuaire** partagé", "Un **Vis ma vie** local"]],
  ] as const;
  for (const [section, add, label, texts] of lists) {
    await user.tap(group(page, section).getByRole("button", { name: add }));
    for (const [i, text] of texts.entries()) {
      await user.type(field(`${label} ${i + 1}`), text);
      if (i < texts.length - 1) await field(`${label} ${i + 1}`).press("Enter");
    }
  }
  const ideas = group(page, /^Pistes/).getByRole("listitem");
  await expect(ideas).toHaveCount(3);
  // The keyword as the catalogue will show it, under the field.
  await expect(ideas.first().locator("mark.keyword")).toHaveText("stages croisés");
  for (const i of [0, 1, 2]) await user.check(ideas.nth(i).getByRole("checkbox", { name: "Apprentissage et formation" }));
  await expectNoSeriousViolation(page);
  await screenshot(page, testInfo, "table-remplie");

  await user.tap(page.getByRole("button", { name: "Enregistrer la table" }));
  const outcome = page.getByRole("status");
  await expect(outcome).toHaveText("Table 1 enregistrée.");
  await expect(outcome).toBeInViewport();
  // On a phone the page has scrolled far below the top, where the outcome used to be.
  if (isPhone(testInfo)) expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
  await screenshot(page, testInfo, "table-enregistree");
  console.log(`Saisie de la table (${testInfo.project.name}) : ${user.count} taps`);
  expect(user.count).toBeLessThanOrEqual(22);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Participant·es (4)" })).toBeVisible();
  await expect(group(page, /^Pistes/).getByRole("checkbox", { name: "Apprentissage et formation", checked: true })).toHaveCount(3);
});

test("a save refused for a field far above the screen puts the cursor in it, with a summary linking to it", async ({ page }, testInfo) => {
  await openNewTable(page, testInfo, "erreur");
  await group(page, /^Objectifs/)
    .getByRole("button", { name: "Ajouter un objectif" })
    .click();
  await page.getByLabel("Objectif 1", { exact: true }).press("Enter");
  await page.getByLabel("Objectif 2", { exact: true }).fill("Former ensemble");
  await group(page, /^Pistes/)
    .getByRole("button", { name: "Ajouter une piste" })
    .click();
  for (let i = 1; i <= 6; i += 1) {
    await page.getByLabel(`Piste ${i}`, { exact: true }).fill(`Une piste numéro ${i}`);
    if (i < 6) await page.getByLabel(`Piste ${i}`, { exact: true }).press("Enter");
  }
  await page.getByRole("button", { name: "Enregistrer la table" }).click();

  const empty = page.getByLabel("Objectif 1", { exact: true });
  await expect(empty).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("champ-objectives.0.text");
  await expect(empty).toBeInViewport();
  await expect(empty).toHaveAccessibleDescription(/Texte requis/);
  await expect(page.getByRole("status")).toHaveText("1 erreur. La table n’est pas enregistrée\u00a0: corrigez les champs signalés.");
  const summary = page.getByRole("heading", { name: "1 erreur à corriger" });
  await expect(summary).toBeVisible();
  await expectNoSeriousViolation(page);
  await screenshot(page, testInfo, "erreur-focalisee");

  await page.getByLabel("Piste 6", { exact: true }).focus();
  await page.getByRole("link", { name: "Objectif 1" }).click();
  await expect(empty).toBeFocused();
});

test("leaving a table with unsaved changes asks first, in French", async ({ page }, testInfo) => {
  const { title, rencontreUrl } = await openNewTable(page, testInfo, "depart");
  const back = page.getByRole("link", { name: new RegExp(`← ${title.replace(/[()]/g, "\\$&")}`) });

  // Nothing typed yet: the link leaves at once.
  await back.click();
  await expect(page).toHaveURL(rencontreUrl);
  await page.getByRole("link", { name: "Table 1" }).click();
  await group(page, /^Objectifs/)
    .getByRole("button", { name: "Ajouter un objectif" })
    .click();
  await page.getByLabel("Objectif 1", { exact: true }).fill("Une saisie à ne pas perdre");

  const refused = page.waitForEvent("dialog");
  void back.click();
  const dialog = await refused;
  expect(dialog.type()).toBe("confirm");
  expect(dialog.message()).toBe("Vos modifications ne sont pas enregistrées. Quitter cette page et les perdre\u202f?");
  await dialog.dismiss();
  await expect(page.getByLabel("Objectif 1", { exact: true })).toHaveValue("Une saisie à ne pas perdre");
  expect(page.url()).toContain("/tables/1");

  // Closing the tab or reloading: the browser's own warning.
  const unload = page.waitForEvent("dialog");
  void page.close({ runBeforeUnload: true });
  const prompt = await unload;
  expect(prompt.type()).toBe("beforeunload");
  await prompt.accept();
});

test("publishing names the public address first; the draft preview is for organisers only", async ({ page, browser }, testInfo) => {
  test.slow();
  const { title, rencontreUrl } = await openNewTable(page, testInfo, "apercu");
  await group(page, /^Pistes/)
    .getByRole("button", { name: "Ajouter une piste" })
    .click();
  await page.getByLabel("Piste 1", { exact: true }).fill("Une **piste en aperçu**");
  await page.getByRole("button", { name: "Enregistrer la table" }).click();
  await expect(page.getByRole("status")).toHaveText("Table 1 enregistrée.");

  await page.goto(rencontreUrl);
  await page.getByRole("link", { name: "aperçu de la page publique" }).click();
  await expect(page.getByRole("note", { name: "Aperçu" })).toContainText("Aperçu — brouillon non publié");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} — Bordeaux`);
  await expect(page.locator("mark.keyword")).toHaveText("piste en aperçu");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectNoSeriousViolation(page, { adminTitle: "Aperçu" });
  await screenshot(page, testInfo, "apercu");
  const previewUrl = page.url();

  const visitor = await browser.newPage();
  await visitor.goto(previewUrl);
  await expect(visitor).toHaveURL("/connexion");
  const otherEmail = `apercu-rapporteur-${testInfo.project.name}@example.org`;
  createAccount(otherEmail, "rapporteur");
  await signIn(visitor, otherEmail);
  await expect(visitor).toHaveURL("/admin");
  expect((await visitor.goto(previewUrl))?.status()).toBe(404);
  await visitor.close();

  await page.goto(rencontreUrl);
  await page.getByRole("button", { name: "Publier" }).click();
  const confirm = page.getByRole("dialog", { name: `Publier «\u202f${title}\u202f»\u202f?` });
  await expect(confirm).toBeVisible();
  const address = (await confirm.locator("code").textContent())!;
  expect(address).toMatch(/^https?:\/\/[^/]+\/rencontres\/bordeaux-2024[a-z0-9-]*$/);
  await expectNoSeriousViolation(page, { adminTitle: "Rencontre" });
  await screenshot(page, testInfo, "confirmer-publication");
  const publicPath = new URL(address).pathname;
  await confirm.getByRole("button", { name: "Annuler" }).click();
  await expect(confirm).toBeHidden();
  expect((await page.request.get(publicPath)).status()).toBe(404);

  await page.getByRole("button", { name: "Publier" }).click();
  await confirm.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Rencontre publiée : elle est visible de tous.");
  expect((await page.request.get(publicPath)).status()).toBe(200);
});
