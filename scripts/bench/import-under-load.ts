/**
 * npm run bench:import — the p95 of GET / while an organiser sends hostile documents to
 * /admin/import, against the same page without imports, on the Paris seed (SQLite). Each
 * document goes through the import page in Chromium, as an organiser sends it; the server's
 * memory (RSS of its process group) is read before, at its peak and after. Needs a build
 * (`npx next build`, made here if missing). Prints a Markdown table.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { hashesAndSpaces, lyingDocx, manyParagraphsDocx, manyTables, zipBombDocx } from "../../tests/helpers/hostile-documents";
import { load, type LoadResult } from "./load";
import { groupRssMb } from "./memory";
import { startServer } from "./server";

const PORT = 3450;
const EMAIL = "mesure-import@rencontres.local";
const PASSWORD = "mesure de l'import sous charge";

async function main() {
  if (!existsSync(".next/BUILD_ID")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
  const dir = mkdtempSync(path.join(tmpdir(), "rencontres-bench-import-"));
  const database = `file:${path.join(dir, "bench.db")}`;
  const env = { ...process.env, DATABASE_URL: database, RENCONTRES_DEMO_ADMIN: "off", ADMIN_PASSWORD: PASSWORD };
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/db-setup.ts"], { env, stdio: "ignore" });
  execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/create-admin.ts", "--email", EMAIL, "--nom", "Mesure"], { env, stdio: "ignore" });

  const documents: { name: string; file: { name: string; mimeType: string; buffer: Buffer } }[] = [
    {
      name: "200 000 paragraphes (.docx, 47 Ko)",
      file: { name: "paragraphes.docx", mimeType: "application/octet-stream", buffer: Buffer.from(await manyParagraphsDocx()) },
    },
    { name: "bombe ZIP (4 Go annoncés)", file: { name: "bombe.docx", mimeType: "application/octet-stream", buffer: Buffer.from(zipBombDocx()) } },
    {
      name: "ZIP menteur (64 Mo dedans, 1 Mo annoncé)",
      file: { name: "menteur.docx", mimeType: "application/octet-stream", buffer: Buffer.from(lyingDocx()) },
    },
    { name: "« # » et 100 000 espaces (.md)", file: { name: "titre.md", mimeType: "text/markdown", buffer: Buffer.from(hashesAndSpaces) } },
    { name: "1 000 tables (.md)", file: { name: "tables.md", mimeType: "text/markdown", buffer: Buffer.from(manyTables(1000)) } },
  ];

  const server = await startServer(database, PORT);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto("/connexion");
    await page.getByLabel("Adresse e-mail").fill(EMAIL);
    await page.getByLabel("Mot de passe").fill(PASSWORD);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.waitForURL("**/admin");

    const baseline = await load(`${server.url}/`, { seconds: 15 });
    const rssBefore = groupRssMb(server.pid);
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, groupRssMb(server.pid))), 100);

    const imports: { name: string; ms: number; answer: string }[] = [];
    const rssAfterRound: number[] = [];
    let stop = false;
    const importing = (async () => {
      for (let round = 0; !stop; round++) {
        for (const document of documents) {
          if (stop) break;
          await page.goto("/admin/import");
          await page.getByLabel("Fichier du compte rendu (facultatif)").setInputFiles(document.file);
          const started = performance.now();
          await page.getByRole("button", { name: "Prévisualiser" }).click();
          // The answer: a field error, a refusal, or a preview.
          const answer = page.locator("form p[id$='-erreur']:not(:empty), form [role=alert], #titre-apercu").first();
          await answer.waitFor({ timeout: 60_000 });
          if (round === 0) imports.push({ name: document.name, ms: performance.now() - started, answer: (await answer.innerText()).slice(0, 110) });
        }
        rssAfterRound.push(groupRssMb(server.pid));
      }
    })();
    const underImport: LoadResult = await load(`${server.url}/`, { seconds: Number(process.env.IMPORT_SECONDS ?? 30) });
    stop = true;
    await importing;
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 3000));
    const rssAfter = groupRssMb(server.pid);

    console.log("| GET / (10 connexions) | req/s | p50 ms | p95 ms | p99 ms | erreurs |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
    for (const [label, r] of [
      ["sans import", baseline],
      ["pendant les imports hostiles", underImport],
    ] as const) {
      console.log(`| ${label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors + r.non2xx} |`);
    }
    console.log("\n| Document envoyé à /admin/import | réponse en ms | ce que voit l'organisateur |");
    console.log("| --- | ---: | --- |");
    for (const i of imports) console.log(`| ${i.name} | ${i.ms.toFixed(0)} | ${i.answer.replace(/\n/g, " ")} |`);
    console.log(
      `\nMémoire du serveur (RSS) : ${rssBefore.toFixed(0)} Mo avant, ${rssPeak.toFixed(0)} Mo au plus haut, ${rssAfter.toFixed(0)} Mo 3 s après.`,
    );
    console.log(`Après chaque tour des ${documents.length} documents : ${rssAfterRound.map((mb) => mb.toFixed(0)).join(", ")} Mo.`);
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
