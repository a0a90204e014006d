import { expect, test } from "@playwright/test";
import { parseCsv } from "../helpers/csv";
import { expectNoSeriousViolation } from "./support/a11y";

test("download the ideas of a theme as shown on /pistes, in CSV that keeps its accents", async ({ page }) => {
  await page.goto("/pistes?theme=apprentissage-et-formation");
  await expect(page.getByRole("heading", { name: /^4 pistes/ })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^pistes-\d{4}-\d{2}-\d{2}\.csv$/);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const [header, ...rows] = parseCsv(text.slice(1), ";");
  expect(header![0]).toBe("texte");
  expect(rows).toHaveLength(4);
  expect(rows.map((r) => r[0])).toContain("Des unités d'enseignement communes");
});

test("the open data page explains each file and links to a data package that lists them", async ({ page, request }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Données ouvertes" }).click();
  await expect(page).toHaveURL("/donnees");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Les données ouvertes");
  await expect(page.getByRole("link", { name: "Licence Ouverte / Open Licence 2.0" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Participations : participations\.csv/ })).toBeVisible();
  const descriptor = (await (await request.get("/donnees/datapackage.json")).json()) as { resources: { path: string }[] };
  expect(descriptor.resources.map((r) => r.path)).toContain("participations.csv");
  const participations = await (await request.get("/donnees/participations.csv")).text();
  expect(parseCsv(participations, ",").length).toBeGreaterThan(45);
  await expectNoSeriousViolation(page);
});

test("a theme page announces its Atom feed, which lists its ideas", async ({ page, request }) => {
  await page.goto("/themes/apprentissage-et-formation");
  const feeds = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feeds).toHaveCount(3);
  expect(await feeds.first().getAttribute("href")).toMatch(/\/flux\/themes\/apprentissage-et-formation\.atom$/);
  const response = await request.get("/flux/themes/apprentissage-et-formation.atom");
  expect(response.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await response.text();
  expect(xml.match(/<entry>/g)).toHaveLength(4);
  expect(xml).toContain("<title>Des unités d'enseignement communes</title>");
});

test("the Paris page and /donnees carry schema.org JSON-LD, the sitemap lists /donnees and /api", async ({ page, request }) => {
  await page.goto("/rencontres/paris-2021");
  const event = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;
  expect(event).toMatchObject({ "@type": "Event", startDate: "2021-12-13", location: { name: "CEDIAS", address: { addressLocality: "Paris" } } });
  expect((event.organizer as unknown[]).length).toBeGreaterThan(0);
  await page.goto("/donnees");
  const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as {
    "@type": string;
    distribution: unknown[];
  };
  expect(dataset["@type"]).toBe("Dataset");
  expect(dataset.distribution.length).toBeGreaterThan(10);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toMatch(/\/donnees<\/loc>/);
  expect(sitemap).toMatch(/\/api<\/loc>/);
});

test("the API page shows curl examples whose addresses answer JSON with read-only CORS", async ({ page, request }) => {
  await page.goto("/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L’API de lecture");
  const example = (await page.locator("pre code").first().textContent())!;
  const address = /"(http[^"]+)"/.exec(example)![1]!;
  const response = await request.get(new URL(address).pathname + new URL(address).search);
  expect(response.status()).toBe(200);
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await response.json()) as { items: { texte: string }[]; next: string | null };
  expect(body.items).toHaveLength(4);
  expect(body.next).toBeNull();
  const openapi = (await (await request.get("/api/v1/openapi.json")).json()) as { openapi: string };
  expect(openapi.openapi).toBe("3.1.0");
  await expectNoSeriousViolation(page);
});
