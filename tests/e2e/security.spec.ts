import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createAccount, runCli, signIn } from "./support/accounts";

/** The admin addresses, with real ids read from the admin's own pages. */
async function adminAddresses(page: Page) {
  const href = async (url: string, link: RegExp | string) => {
    await page.goto(url);
    return (await page.getByRole("main").getByRole("link", { name: link }).first().getAttribute("href"))!;
  };
  const paris = await href("/admin", /Paris/);
  const person = await href("/admin/personnes", /AQUE/i);
  const organisation = await href("/admin/organisations?q=caracol", /Caracol/);
  const idea = await href(`${paris}/tables/1`, /Suivi de la piste 1/);
  return {
    /** Admins only: a rapporteur gets 403. */
    adminOnly: [
      "/admin/import",
      "/admin/themes",
      "/admin/rapprochements",
      "/admin/organisations",
      organisation,
      "/admin/personnes",
      person,
      "/admin/comptes",
      "/admin/journal",
      "/admin/rencontres/nouvelle",
      `${paris}/synthese`,
    ],
    /** Within a rencontre: out of a rapporteur's reach, so not found (404). */
    scoped: [paris, `${paris}/tables/1`, idea],
    /** Any signed-in organiser. */
    anyOrganiser: ["/admin", "/admin/mot-de-passe"],
    exportRoute: `${person}/export`,
  };
}

test("every admin address refuses a visitor and a rapporteur out of scope", async ({ browser }, testInfo) => {
  test.setTimeout(90_000);
  const tag = testInfo.project.name;
  createAccount(`securite-admin-${tag}@example.org`, "admin");
  createAccount(`securite-rapporteur-${tag}@example.org`, "rapporteur");
  const admin = await browser.newPage();
  await signIn(admin, `securite-admin-${tag}@example.org`);
  await expect(admin).toHaveURL("/admin");
  const addresses = await adminAddresses(admin);
  const all = [...addresses.adminOnly, ...addresses.scoped, ...addresses.anyOrganiser];
  // Plain requests (the pages' own HTML), carrying each context's cookies.
  for (const address of all) expect((await admin.request.get(address)).status(), address).toBe(200);
  expect((await admin.request.get(addresses.exportRoute)).status()).toBe(200);

  const visitor = await browser.newPage();
  for (const address of all) {
    const response = await visitor.request.get(address);
    expect(new URL(response.url()).pathname, address).toBe("/connexion");
  }
  const anonymousExport = await visitor.request.get(addresses.exportRoute);
  expect(anonymousExport.status()).toBe(401);
  expect(await anonymousExport.text()).not.toMatch(/AQUE/i);

  const rapporteur = await browser.newPage();
  await signIn(rapporteur, `securite-rapporteur-${tag}@example.org`);
  await expect(rapporteur).toHaveURL("/admin");
  for (const address of addresses.adminOnly) expect((await rapporteur.request.get(address)).status(), address).toBe(403);
  for (const address of addresses.scoped) expect((await rapporteur.request.get(address)).status(), address).toBe(404);
  for (const address of addresses.anyOrganiser) expect((await rapporteur.request.get(address)).status(), address).toBe(200);
  expect((await rapporteur.request.get(addresses.exportRoute)).status()).toBe(403);
  // What a refused person sees: a page that says so, in French.
  await rapporteur.goto(addresses.adminOnly[0]!);
  await expect(rapporteur.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
  await rapporteur.goto(addresses.scoped[0]!);
  await expect(rapporteur.getByRole("heading", { level: 1 })).toHaveText("Cet élément n’existe plus");
});

test("a server action posted from another origin is refused; the same post from the site goes through", async ({ page }, testInfo) => {
  const email = `securite-origine-${testInfo.project.name}@example.org`;
  createAccount(email, "admin");
  await signIn(page, email);
  await expect(page).toHaveURL("/admin");
  // The sign-out form works without JavaScript: its action id is in the server-rendered page.
  const html = await (await page.request.get("/admin")).text();
  const actionField = html.match(/name="(\$ACTION_ID_[^"]+)"/)?.[1];
  expect(actionField, "the sign-out form's action id").toBeTruthy();
  const origin = new URL(page.url()).origin;

  const forged = await page.request.post("/admin", {
    headers: { Origin: "https://site-malveillant.example" },
    multipart: { [actionField!]: "" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await page.goto("/admin");
  await expect(page).toHaveURL("/admin");

  // The control: from the site's own origin, the same request signs out.
  const genuine = await page.request.post("/admin", { headers: { Origin: origin }, multipart: { [actionField!]: "" }, maxRedirects: 0 });
  expect(genuine.status()).toBeLessThan(400);
  await page.goto("/admin");
  await expect(page).toHaveURL("/connexion");
});

test("text with <script>, HTML and javascript: links is shown as text on the public pages, never run", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  const city = tag.startsWith("bureau") ? "Inertville" : "Inertbourg";
  // Through the importer (which drops HTML tags) and through the table form (which keeps the text as typed).
  const file = path.join(mkdtempSync(path.join(tmpdir(), "inerte-")), "inerte.md");
  writeFileSync(
    file,
    `# Grande Rencontre de ${city}\n\n## SYNTHÈSE PAR TABLES\n\n### TABLE 1\n\nAutour de la table : Alice MARTIN (*<script>alert(1)</script>*)\n\n#### Principaux objectifs de la collaboration :\n\n- Se connaître\n\n#### Exemples de collaboration :\n\n- Un exemple <img src=x onerror="alert(2)">\n\n#### Pistes de future collaboration :\n\n- Une piste importée [cliquez](javascript:alert(3))\n`,
  );
  runCli("scripts/import.ts", file, "--publier", "--ville", city, "--date", "2031-01-02");
  const email = `securite-inerte-${tag}@example.org`;
  createAccount(email, "admin");
  await signIn(page, email);
  await expect(page).toHaveURL("/admin");
  await page.getByRole("link", { name: new RegExp(city) }).click();
  await page.getByRole("link", { name: "Table 1" }).click();
  const typed = `<script>window.__pirate = 1</script> Une piste saisie [cliquez](javascript:window.__pirate=2) <img src=x onerror="window.__pirate=3"> **javascript:window.__pirate=4**`;
  await page
    .getByRole("group", { name: /^Pistes/ })
    .getByRole("button", { name: "Ajouter une piste" })
    .click();
  await page.getByLabel("Piste 2", { exact: true }).fill(typed);
  await page.getByRole("button", { name: "Enregistrer la table" }).click();
  await expect(page.getByRole("status")).toHaveText("Table 1 enregistrée.");

  let dialogs = 0;
  page.on("dialog", (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const pirate = () => page.evaluate(() => (window as unknown as { __pirate?: number }).__pirate);
  await page.goto(`/rencontres/${city.toLowerCase()}-2031/tables/1`);
  const main = page.getByRole("main");
  await expect(main).toContainText(
    '<script>window.__pirate = 1</script> Une piste saisie [cliquez](javascript:window.__pirate=2) <img src=x onerror="window.__pirate=3">',
  );
  await expect(main).toContainText("Une piste importée [cliquez](javascript:alert(3))");
  expect(await pirate()).toBeUndefined();
  await expect(page.locator('a[href^="javascript:"], main img, main script:not([type="application/ld+json"])')).toHaveCount(0);
  for (const address of [`/rencontres/${city.toLowerCase()}-2031`, "/pistes?q=piste+saisie"]) {
    await page.goto(address);
    expect(await pirate(), address).toBeUndefined();
    await expect(page.locator('a[href^="javascript:"], main img, main script:not([type="application/ld+json"])'), address).toHaveCount(0);
    // The schema.org data is a script element too: the typed text must not be able to close it.
    for (const data of await page.locator('script[type="application/ld+json"]').allTextContents()) expect(data, address).not.toContain("<");
  }
  expect(dialogs).toBe(0);
});
