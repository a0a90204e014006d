import path from "node:path";
import { expect, test } from "@playwright/test";
import { createAccount, ROOT, runCli, signIn } from "./support/accounts";

test("the organisers' area needs a session", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL("/connexion");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
});

test("an admin signs in, publishes an imported draft and unpublishes it, and the public pages follow at once", async ({ page }, testInfo) => {
  const email = `orga-${testInfo.project.name}@example.org`;
  createAccount(email, "admin");
  // A draft of its own (other journeys read Paris 2021 at the same time): the seed, imported for another city.
  const city = testInfo.project.name.startsWith("bureau") ? "Lyon" : "Nantes";
  runCli("scripts/import.ts", path.join(ROOT, "prisma/seed-data/grande-rencontre-paris-2021.md"), "--ville", city, "--date", "2030-05-04");
  const slug = `${city.toLowerCase()}-2030`;
  expect((await page.request.get(`/rencontres/${slug}`)).status()).toBe(404);

  await signIn(page, email);
  await expect(page).toHaveURL("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Toutes les rencontres");
  const row = page.getByRole("listitem").filter({ hasText: `${city}, 4 mai 2030` });
  await row.getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("dialog")).toContainText(`/rencontres/${slug}`);
  await page.getByRole("dialog").getByRole("button", { name: "Publier" }).click();
  await expect(row.getByRole("status")).toHaveText("Rencontre publiée : elle est visible de tous.");
  expect((await page.request.get(`/rencontres/${slug}`)).status()).toBe(200);
  await page.reload();
  await row.getByRole("button", { name: "Retirer la publication" }).click();
  await expect(page.getByRole("dialog")).toContainText(`/rencontres/${slug}`);
  await page.getByRole("dialog").getByRole("button", { name: "Retirer la publication" }).click();
  await expect(row.getByRole("status")).toHaveText("Rencontre retirée : elle n'est plus visible du public.");
  expect((await page.request.get(`/rencontres/${slug}`)).status()).toBe(404);

  await page.getByRole("link", { name: "Journal des modifications" }).click();
  await expect(page.getByRole("region", { name: "Entrées du journal" })).toContainText(`Retrait de la publication de la rencontre de ${city}`);
  await page.getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL("/connexion");
  await page.goto("/admin");
  await expect(page).toHaveURL("/connexion");
});

test("a wrong password and an unknown email get the same message, and repeated failures are throttled", async ({ page }, testInfo) => {
  const email = `throttle-${testInfo.project.name}@example.org`;
  createAccount(email, "rapporteur");
  await signIn(page, "personne@example.org", "nimporte-quoi-123");
  const unknown = await page.getByRole("main").getByRole("alert").textContent();
  await signIn(page, email, "mauvais-mot-de-passe");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(unknown!);
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(email);
  for (let i = 0; i < 4; i += 1) {
    await signIn(page, email, "mauvais-mot-de-passe");
    // Each refusal is answered before the next try (a new page load would abandon the request).
    await expect(page.getByRole("main").getByRole("alert")).toHaveText(unknown!);
  }
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Trop de tentatives de connexion : réessayez dans un quart d'heure.");
});

test("a client cannot reset its sign-in limit by sending another X-Forwarded-For", async ({ page }, testInfo) => {
  const email = `xff-${testInfo.project.name}@example.org`;
  createAccount(email, "rapporteur");
  for (let i = 0; i < 5; i += 1) {
    // Each try claims to come from another address; the server looks at the connection instead.
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${i + 1}` });
    await signIn(page, email, "mauvais-mot-de-passe");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  }
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": "203.0.113.50" });
  await signIn(page, email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Trop de tentatives de connexion : réessayez dans un quart d'heure.");
});

test("a rapporteur cannot open the audit log", async ({ page }, testInfo) => {
  const email = `rapporteur-${testInfo.project.name}@example.org`;
  createAccount(email, "rapporteur");
  await signIn(page, email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vos rencontres");
  await expect(page.getByRole("button", { name: "Retirer la publication" })).toHaveCount(0);
  const response = await page.goto("/admin/journal");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accès refusé");
});

test("every page carries the security headers, with a fresh nonce where forms change data", async ({ page }) => {
  const publicPage = await page.request.get("/pistes");
  expect(publicPage.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(publicPage.headers()["x-content-type-options"]).toBe("nosniff");
  const nonces: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const signIn = await page.request.get("/connexion");
    const csp = signIn.headers()["content-security-policy"]!;
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
    expect(await signIn.text()).toContain(`nonce="${nonce}"`);
    nonces.push(nonce!);
  }
  expect(nonces[0]).not.toBe(nonces[1]);
});
