import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";
import { gotoUntilShown, openFilters } from "./support/catalogue";
import { createAccount, PASSWORD, ROOT, runCli, signIn } from "./support/accounts";

const SEED = path.join(ROOT, "prisma/seed-data/grande-rencontre-paris-2021.md");

/** A published copy of the seed for this journey alone (other journeys read or edit Paris at the same time). */
function publishedCopy(city: string, date: string) {
  runCli("scripts/import.ts", SEED, "--publier", "--ville", city, "--date", date);
  return `/rencontres/${city.toLowerCase()}-${date.slice(0, 4)}`;
}

async function signInAsAdmin(page: Page, name: string) {
  createAccount(`${name}@example.org`, "admin");
  await signIn(page, `${name}@example.org`);
  await expect(page).toHaveURL("/admin");
}

test("an admin creates a theme, renames it, merges it into another; and corrects an organisation", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  await signInAsAdmin(page, `themes-${tag}`);
  await page.getByRole("navigation", { name: "Espace organisateurs" }).getByRole("link", { name: "Thèmes" }).click();
  await expectNoSeriousViolation(page, { adminTitle: "Thèmes" });
  const create = page.getByRole("region", { name: "Nouveau thème" });
  await create.getByLabel("Nom du thème").fill(`Numérique ${tag}`);
  await create.getByRole("button", { name: "Ajouter le thème" }).click();
  await expect(create.getByRole("status")).toContainText(`Numérique ${tag}`);

  const item = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Numérique ${tag}`, exact: true }) });
  await item.getByText("Modifier le nom ou la description").click();
  await item.getByLabel("Nom du thème").fill(`Outils numériques ${tag}`);
  await item.getByRole("button", { name: "Enregistrer le thème" }).click();
  await expect(page.getByRole("heading", { name: `Outils numériques ${tag}`, exact: true })).toBeVisible();
  await page.reload();
  const renamed = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Outils numériques ${tag}`, exact: true }) });
  await renamed.getByText("Fusionner dans un autre thème").click();
  await renamed.getByLabel("Thème qui reçoit ses pistes et exemples").selectOption({ label: "Apprentissage et formation" });
  await renamed.getByRole("checkbox").check();
  await renamed.getByRole("button", { name: "Fusionner" }).click();
  await expect(page.getByRole("heading", { name: `Outils numériques ${tag}`, exact: true })).toHaveCount(0);

  await page.goto(`/admin/organisations?q=${encodeURIComponent("chœur à l'ouvrage")}`);
  await page
    .getByRole("main")
    .getByRole("link", { name: /Chœur à l.ouvrage/ })
    .first()
    .click();
  await expectNoSeriousViolation(page, { adminTitle: "Organisation" });
  const city = tag.startsWith("bureau") ? "Montreuil" : "Pantin";
  await page.getByLabel("Ville (facultatif)").fill(city);
  await page.getByRole("button", { name: "Enregistrer l’organisation" }).click();
  await expect(page.getByRole("status").first()).toBeVisible();
  await page.getByLabel("Site web (facultatif)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Enregistrer l’organisation" }).click();
  // The hint names http too: wait for the refusal itself.
  await expect(page.getByLabel("Site web (facultatif)")).toHaveAccessibleDescription(/Adresse web invalide/);
  await expect(page.getByLabel("Ville (facultatif)")).toHaveValue(city);
});

test("a person chooses not to appear: the public table names them Participant·e, and their data is exported", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  // One person per device: both run at once.
  const [name, table] = tag.startsWith("bureau") ? ["Stéphanie FOUCOIN", 1] : ["Simon TABET", 1];
  await signInAsAdmin(page, `personnes-${tag}`);
  await page.getByRole("navigation", { name: "Espace organisateurs" }).getByRole("link", { name: "Personnes" }).click();
  await page
    .getByRole("searchbox")
    .or(page.getByLabel(/Rechercher/))
    .first()
    .fill(name.split(" ")[1]!);
  await page
    .getByRole("searchbox")
    .or(page.getByLabel(/Rechercher/))
    .first()
    .press("Enter");
  // The person of the seed's Paris: other journeys' imports may hold a namesake.
  await page
    .getByRole("main")
    .getByRole("listitem")
    .filter({ hasText: "Paris, 13 décembre 2021" })
    .getByRole("link", { name: new RegExp(name, "i") })
    .first()
    .click();
  await expectNoSeriousViolation(page, { adminTitle: "Personne" });
  await page.getByLabel(/Nom masqué/).check();
  await page.getByRole("button", { name: "Enregistrer ce choix" }).click();
  await expect(page.getByRole("status").first()).toBeVisible();

  const exported = await page.request.get(`${new URL(page.url()).pathname}/export`);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-disposition"]).toMatch(/^attachment/);
  expect(JSON.stringify(await exported.json())).toContain(name);

  await page.goto(`/rencontres/paris-2021/tables/${table}`);
  await expect(page.getByRole("main")).not.toContainText(name);
  await expect(page.getByRole("main")).toContainText("Participant·e");
});

test("an idea's follow-up: its status and a dated note appear on the public table page", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  const [city, date] = tag.startsWith("bureau") ? ["Suiville", "2032-03-04"] : ["Suibourg", "2032-03-05"];
  const publicUrl = publishedCopy(city, date);
  await signInAsAdmin(page, `suivi-${tag}`);
  await page.getByRole("link", { name: new RegExp(city) }).click();
  await page.getByRole("link", { name: "Table 1" }).click();
  await page.getByRole("link", { name: /Suivi de la piste 1/ }).click();
  await expectNoSeriousViolation(page, { adminTitle: "Suivi d’une piste" });
  await page.getByLabel("En cours").check();
  await page.getByLabel("Date").fill("2024-02-01");
  await page.getByLabel("Ce qui s’est passé").fill("Un premier observatoire réunit trois villes.");
  await page.getByRole("button", { name: "Enregistrer le suivi" }).click();
  await expect(page.getByRole("status").first()).toContainText("Suivi enregistré");

  await page.goto(`${publicUrl}/tables/1`);
  await expect(page.getByRole("main")).toContainText("Un premier observatoire réunit trois villes.");
  await expect(page.getByRole("main")).toContainText("En cours");
});

test("an idea's page: an organiser sets it to En cours with a note, the page shows the dated change and the status filter finds it", async ({
  page,
}, testInfo) => {
  const tag = testInfo.project.name;
  const [city, date] = tag.startsWith("bureau") ? ["Pisteville", "2022-03-04"] : ["Pistebourg", "2022-03-05"];
  const rencontre = publishedCopy(city, date).split("/").pop()!;
  // This copy's observatory: the seed's address with its -n (Paris holds the first).
  const observatory = page.getByRole("link", { name: /Un observatoire des bonnes pratiques/ });
  await gotoUntilShown(page, `/pistes?rencontre=${rencontre}&q=observatoire+bonnes+pratiques`, observatory);
  await observatory.click();
  await expect(page).toHaveURL(/\/pistes\/un-observatoire-des-bonnes-pratiques-repertoriant-les-actions-\d+$/);
  const ideaPath = new URL(page.url()).pathname;
  await expect(page.getByRole("main")).toContainText(`Proposée à la table 1 de la Grande Rencontre — ${city}`);
  await expect(page.getByRole("main").getByRole("link", { name: "Instances et outils tiers entre l’ESS et le travail social" })).toBeVisible();

  await signInAsAdmin(page, `piste-${tag}`);
  await page.getByRole("link", { name: new RegExp(city) }).click();
  await page.getByRole("link", { name: "Table 1" }).click();
  await page.getByRole("link", { name: /Suivi de la piste 1/ }).click();
  await page.getByLabel("En cours").check();
  await page.getByLabel("Date").fill("2024-02-01");
  await page.getByLabel("Ce qui s’est passé").fill("Un premier observatoire réunit trois villes.");
  await page.getByRole("button", { name: "Enregistrer le suivi" }).click();
  await expect(page.getByRole("status").first()).toContainText("Suivi enregistré");

  await page.goto(ideaPath);
  const main = page.getByRole("main");
  await expect(main).toContainText("Statut actuel : En cours");
  await expect(main.getByRole("list", { name: /Ce qu’est devenue cette piste/ }).getByRole("listitem")).toHaveText([
    /^\d mars 2022\s*Proposée à la table 1/,
    /^1 février 2024\s*Statut\s:\sEn cours$/,
    /^1 février 2024\s*Un premier observatoire réunit trois villes\.$/,
  ]);
  // Who set the status is kept for the organisers, never shown.
  await expect(main).not.toContainText(`piste-${tag}@example.org`);
  await expectNoSeriousViolation(page);

  await page.goto(`/pistes?rencontre=${rencontre}`);
  await openFilters(page);
  // A ticked box applies at once (src/components/catalogue/auto-submit.tsx): a click, not check().
  await page.getByRole("checkbox", { name: /En cours/ }).click();
  await expect(page).toHaveURL(/statut=en-cours/);
  await expect(page.getByRole("heading", { name: /^1 piste/ })).toBeVisible();
  await page.getByRole("link", { name: /Un observatoire des bonnes pratiques/ }).click();
  await expect(page).toHaveURL(ideaPath);
});

test("an admin edits the round table and the general synthesis: the public page follows", async ({ page }, testInfo) => {
  const tag = testInfo.project.name;
  const [city, date] = tag.startsWith("bureau") ? ["Synthville", "2033-03-04"] : ["Synthbourg", "2033-03-05"];
  const publicUrl = publishedCopy(city, date);
  await signInAsAdmin(page, `synthese-${tag}`);
  await page.getByRole("link", { name: new RegExp(city) }).click();
  await page.getByRole("link", { name: /Saisir les intervenant/ }).click();
  await expectNoSeriousViolation(page, { adminTitle: "Table ronde et synthèse générale" });
  await page
    .getByRole("group", { name: /^Objectifs consolidés/ })
    .getByRole("button", { name: "Ajouter un objectif consolidé" })
    .click();
  await page.getByLabel("Objectif consolidé 7", { exact: true }).fill("Évaluer ensemble ce qui a été fait");
  await page
    .getByRole("group", { name: /^Table ronde/ })
    .getByRole("button", { name: "Ajouter un·e intervenant·e" })
    .click();
  await page.getByLabel("Nom 7", { exact: true }).fill("Camille NOUVELLE");
  await page.getByRole("button", { name: "Enregistrer la table ronde et la synthèse" }).click();
  await expect(page.getByRole("status").first()).toHaveText("Table ronde et synthèse enregistrées.");

  await page.goto(publicUrl);
  await expect(page.getByRole("main")).toContainText("Évaluer ensemble ce qui a été fait");
  await expect(page.getByRole("main")).toContainText("Camille NOUVELLE");
});

test("an admin creates a rapporteur's account, who can then sign in", async ({ page, browser }, testInfo) => {
  const tag = testInfo.project.name;
  await signInAsAdmin(page, `comptes-${tag}`);
  await page.getByRole("navigation", { name: "Espace organisateurs" }).getByRole("link", { name: "Comptes" }).click();
  await expectNoSeriousViolation(page, { adminTitle: "Comptes" });
  const email = `nouveau-rapporteur-${tag}@example.org`;
  await page.getByLabel("Nom (obligatoire)", { exact: true }).fill("Nouveau Rapporteur");
  await page.getByLabel("Adresse e-mail (obligatoire)", { exact: true }).fill(email);
  // The role left at its default: rapporteur·e.
  await page.getByLabel("Mot de passe provisoire").fill("court");
  await page.getByRole("button", { name: "Créer le compte" }).click();
  // Refused next to the field; what was typed stays, except the password. (The field's hint
  // says "10 caractères au moins" before any answer: wait for the refusal itself, or the
  // answer could arrive after the next fill and empty the field again.)
  await expect(page.getByRole("alert").filter({ hasText: "Le compte n’est pas créé" })).toBeVisible();
  await expect(page.getByLabel("Mot de passe provisoire")).toHaveAccessibleDescription(/Au moins 10 caractères/);
  await expect(page.getByLabel("Adresse e-mail (obligatoire)", { exact: true })).toHaveValue(email);
  await page.getByLabel("Mot de passe provisoire").fill(PASSWORD);
  await page.getByRole("button", { name: "Créer le compte" }).click();
  await expect(page.getByRole("main")).toContainText(email);

  const rapporteur = await (await browser.newContext()).newPage();
  await signIn(rapporteur, email);
  await expect(rapporteur).toHaveURL("/admin");
  await expect(rapporteur.getByRole("heading", { level: 1 })).toHaveText("Vos rencontres");
});
