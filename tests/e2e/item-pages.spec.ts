import { expect, test } from "@playwright/test";
import { expectNoSeriousViolation } from "./support/a11y";

const OBSERVATORY = "/pistes/un-observatoire-des-bonnes-pratiques-repertoriant-les-actions";

test("an idea's page, from its card: its table, its theme, its follow-up, a link to share, Open Graph and JSON-LD", async ({ page }) => {
  await page.goto("/pistes?q=observatoire+bonnes+pratiques");
  await page.getByRole("link", { name: /Un observatoire des bonnes pratiques répertoriant/ }).click();
  await expect(page).toHaveURL(OBSERVATORY);
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Un observatoire des bonnes pratiques répertoriant les actions locales menées");
  await expect(page.locator("h1 mark.keyword")).toHaveText("observatoire des bonnes pratiques");
  await expect(main).toContainText("Proposée à la table 1 de la Grande Rencontre — Paris, le 13 décembre 2021.");
  await expect(main.getByRole("link", { name: "Instances et outils tiers entre l’ESS et le travail social" })).toHaveAttribute(
    "href",
    "/themes/instances-et-outils-tiers-entre-l-ess-et-le-travail-social",
  );
  await expect(main.getByRole("heading", { name: "Suivi" })).toBeVisible();
  await expect(main).toContainText("Statut actuel : Proposée");
  await expect(main.getByRole("list", { name: /Ce qu’est devenue cette piste/ }).getByRole("listitem")).toHaveText([
    /13 décembre 2021\s*Proposée à la table 1/,
  ]);
  await expect(main.getByRole("heading", { name: "Aussi évoquée" })).toBeVisible();
  const share = main.getByRole("region", { name: "Partager cette piste" });
  await expect(share.getByRole("link")).toHaveAttribute("href", new RegExp(`^https?://[^/]+${OBSERVATORY}$`));
  await expect(share.getByRole("button", { name: "Copier le lien" })).toBeVisible();

  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", new RegExp(`${OBSERVATORY}$`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    "@type": "CreativeWork",
    inLanguage: "fr-FR",
    creativeWorkStatus: "Proposée",
    keywords: "observatoire des bonnes pratiques",
    isPartOf: { "@type": "Event", startDate: "2021-12-13", location: { name: "Paris" } },
  });
  await expectNoSeriousViolation(page);

  // The table link leads to table 1, the status chip of a card to the status filter.
  await main.getByRole("link", { name: "table 1" }).first().click();
  await expect(page).toHaveURL("/rencontres/paris-2021/tables/1");
  await page.goto("/pistes?q=observatoire+bonnes+pratiques");
  await page.getByRole("link", { name: "Statut : Proposée" }).first().click();
  await expect(page).toHaveURL("/pistes?statut=proposee");
});

test("an idea linked by the synthesis lists where else it was raised; unknown addresses are not found", async ({ page }) => {
  await page.goto("/pistes/des-rendez-vous-vis-ma-vie-entre-ts-et-es");
  const also = page.getByRole("region", { name: "Aussi évoquée" });
  await expect(also.getByRole("listitem")).toHaveText([/^Aussi évoquée à la table 5 \(Paris, 13 décembre 2021\)/, /^Aussi évoquée à la table 6/]);
  await expect(also.getByText("Évoquée dans 1 rencontre, 3 tables")).toBeVisible();
  await also.getByRole("link").first().click();
  await expect(page).toHaveURL("/pistes/des-rendez-vous-vis-ma-vie-entre-ts-et-es-sur-le-temps-long");

  // An example has its page at /exemples; an idea's address is not an example's.
  await page.goto("/exemples?q=caracol");
  await page.getByRole("link", { name: /colocations solidaires/ }).click();
  await expect(page).toHaveURL(/^[^?]*\/exemples\/les-colocations-solidaires-proposees-par-l-association-caracol$/);
  await expect(page.getByRole("main").getByRole("link", { name: "Caracol", exact: true })).toHaveAttribute("href", "/organisations/caracol");
  await expect(page.getByRole("heading", { name: "Suivi" })).toHaveCount(0);
  await expectNoSeriousViolation(page);
  expect((await page.request.get("/exemples/un-observatoire-des-bonnes-pratiques-repertoriant-les-actions")).status()).toBe(404);
  expect((await page.request.get("/pistes/aucune-piste-de-ce-nom")).status()).toBe(404);
  expect((await page.request.get("/pistes/PAS_UNE_ADRESSE")).status()).toBe(404);
});

test("the sitemap of item pages lists the ideas' and examples' addresses", async ({ request }) => {
  const index = await (await request.get("/sitemap-items.xml")).text();
  expect(index).toContain("/sitemap-items/1.xml</loc>");
  const first = await (await request.get("/sitemap-items/1.xml")).text();
  expect(first).toContain(`${OBSERVATORY}</loc>`);
  expect(first.match(/<url>/g)).toHaveLength(71);
  expect((await request.get("/sitemap-items/2.xml")).status()).toBe(404);
  expect(await (await request.get("/robots.txt")).text()).toContain("/sitemap-items.xml");
});
