import { expect, test, type Page } from "@playwright/test";
import { LYON_2024 } from "../helpers/reworded-rencontre";
import { expectNoSeriousViolation } from "./support/a11y";
import { createAccount, signIn } from "./support/accounts";

// Each project imports its own rencontre (its own city, so its own text and its own pairs),
// confirms a pair the other does not touch, and rejects another: the counts each checks stay its own.
const PLAN: Record<string, { city: string; confirm: [string, string]; reject: [string, string] }> = {
  "bureau-rapprochements": {
    city: "Nantes",
    confirm: ["Un observatoire qui", "Un observatoire des bonnes"],
    reject: ["Des stages de découverte", "Un stage de découverte"],
  },
  "mobile-rapprochements": {
    city: "Rennes",
    confirm: ["Des stages de découverte", "Un stage de découverte"],
    reject: ["Un observatoire qui", "Un observatoire des bonnes"],
  },
};

/** The proposal of the list joining this rencontre's idea and the Paris one. */
const proposal = (page: Page, city: string, [ours, paris]: [string, string]) =>
  page
    .getByRole("listitem")
    .filter({ hasText: `(${city},` })
    .filter({ hasText: ours })
    .filter({ hasText: paris })
    .filter({ hasText: "(Paris," });

async function shoot(page: Page, name: string, outputPath: (name: string) => string) {
  for (const [width, height] of [
    [390, 844],
    [1280, 800],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: outputPath(`${name}-${width}.png`), fullPage: true });
  }
}

test("an organiser imports a rencontre that rewords Paris's ideas, confirms one proposed pair and rejects another; both pages then say « Évoquée dans 2 rencontres »", async ({
  page,
}, testInfo) => {
  test.slow();
  const plan = PLAN[testInfo.project.name] ?? PLAN["bureau-rapprochements"]!;
  const email = `rapprochements-${testInfo.project.name}@example.org`;
  createAccount(email, "admin");
  await signIn(page, email);
  // Signing in hashes the password: slow while the other project imports on the same 2 cores.
  await expect(page).toHaveURL("/admin", { timeout: 30_000 });

  await page.getByRole("link", { name: "Importer un compte rendu" }).click();
  const text = LYON_2024.replace(
    "## Entrepreneurs et travailleurs sociaux, Lyon",
    `## Entrepreneurs et travailleurs sociaux, ${plan.city}\n\nLe jeudi 16 mai 2024`,
  );
  await page.getByLabel("Texte du compte rendu").fill(text);
  await page.getByRole("button", { name: "Prévisualiser" }).click();
  await expect(page.getByRole("region", { name: /Aperçu/ })).toContainText("2 tables");
  await page.getByRole("button", { name: "Créer le brouillon" }).click();
  // The import runs in a worker, with its recurrence: slower while the other project imports too.
  await expect(page.getByRole("status").first()).toContainText("Compte rendu importé", { timeout: 30_000 });
  await page.getByRole("button", { name: "Publier" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Publier" }).click();
  await expect(page.getByRole("button", { name: "Retirer la publication" })).toBeVisible({ timeout: 20_000 });

  // The rencontre's own pairs: the other journeys' copies of Paris are proposed too, by the hundred.
  await page.getByRole("link", { name: "ses rapprochements à trancher" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rapprochements");
  await expect(page.getByRole("heading", { level: 2 })).toContainText("pour cette rencontre");
  // The three reworded ideas are proposed with their Paris originals; the new one is not.
  await expect(proposal(page, plan.city, plan.confirm)).toHaveCount(1);
  await expect(proposal(page, plan.city, plan.reject)).toHaveCount(1);
  // "Vis ma vie" was raised at three Paris tables: the reworded one is proposed with more than one.
  await expect(proposal(page, plan.city, ["« Vis ma vie »", '"Vis ma vie"']).first()).toBeVisible();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: `(${plan.city},` })
      .filter({ hasText: "fête de quartier" })
      .filter({ hasText: "(Paris," }),
  ).toHaveCount(0);
  await expectNoSeriousViolation(page);
  await shoot(page, "rapprochements", (n) => testInfo.outputPath(n));

  const confirmed = proposal(page, plan.city, plan.confirm);
  const pages = await confirmed.getByRole("link", { name: "page publique" }).evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
  expect(pages).toHaveLength(2);
  await confirmed.getByRole("button", { name: "Confirmer", exact: true }).click();
  // Decided, the pair leaves the list at once.
  await expect(confirmed).toHaveCount(0);

  const rejected = proposal(page, plan.city, plan.reject);
  await rejected.getByRole("button", { name: "Rejeter" }).click();
  await expect(rejected).toHaveCount(0);
  await page.reload();
  await expect(proposal(page, plan.city, plan.reject)).toHaveCount(0);
  await expect(proposal(page, plan.city, plan.confirm)).toHaveCount(0);

  for (const href of pages) {
    await page.goto(href);
    await expect(page.getByRole("region", { name: /Aussi évoqué/ })).toContainText("dans 2 rencontres");
    await expectNoSeriousViolation(page);
  }

  // The ideas without a theme: the imported ones come first, each with theme suggestions a tap away.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin");
  await page.getByRole("link", { name: "Pistes et exemples à thématiser" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("À thématiser");
  await expectNoSeriousViolation(page);
  await shoot(page, "a-thematiser", (n) => testInfo.outputPath(n));
  await page.setViewportSize({ width: 390, height: 844 });
  const vismavie = page
    .getByRole("listitem")
    .filter({ hasText: `(${plan.city},` })
    .filter({ hasText: "« Vis ma vie »" });
  const choices = vismavie.getByRole("group", { name: /^Thèmes suggérés/ }).getByRole("button");
  await expect(choices.first()).toBeVisible();
  expect((await choices.first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
  const theme = (await choices.first().textContent())!.trim();
  await choices.first().click();
  await expect(vismavie).toHaveCount(0);
  await page.goto("/admin/journal");
  await expect(page.getByRole("main")).toContainText(`Thème «\u202f${theme}\u202f» donné à «\u202fDes rendez-vous « Vis ma vie »`);
});
