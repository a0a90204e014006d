/**
 * npm run bench — builds the app, serves it on synthetic databases and measures, with
 * autocannon at 10 connections, the public pages against robots.txt (the server's ceiling),
 * /pistes?q= at 1,000, 12,000 and 50,000 ideas (cache on and off), and the first-load
 * JavaScript of each public route, the full downloads at 50,000 ideas (export.ts), the
 * read API's p95 at 12,000 ideas (api.ts) and every page at 200,000 ideas (large.ts; skipped
 * with --sans-200k).
 * Prints a Markdown table, also written to docs/benchmarks/latest.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { generateSynthetic } from "../synth/generate";
import { benchApi } from "./api";
import { benchExports } from "./export";
import { benchLarge } from "./large";
import { load, type LoadResult } from "./load";
import { withServer } from "./server";

const PORT = 3400;
const SIZES = [1000, 12000, 50000];
const dbFile = (ideas: number) => path.resolve("data", `synth-${ideas}.db`);
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)}` : "—");
const lines: string[] = [];
const out = (line = "") => {
  console.log(line);
  lines.push(line);
};

function pickTargets(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const rencontre = db.prepare(`SELECT slug FROM "Rencontre" WHERE status = 'PUBLISHED' ORDER BY date DESC LIMIT 1`).get() as { slug: string };
    const org = db
      .prepare(
        `SELECT o.slug FROM "Organisation" o JOIN "Participation" p ON p."organisationId" = o.id JOIN "Table" t ON t.id = p."tableId"
      JOIN "Rencontre" r ON r.id = t."rencontreId" WHERE r.status = 'PUBLISHED' GROUP BY o.id ORDER BY COUNT(*) DESC LIMIT 1`,
      )
      .get() as { slug: string };
    return { rencontre: rencontre.slug, organisation: org.slug };
  } finally {
    db.close();
  }
}

async function firstLoadJs(base: string, route: string): Promise<number> {
  const html = await (await fetch(base + route)).text();
  // Scripts a modern browser loads: the noModule polyfills are skipped by every current browser.
  const tags = [...html.matchAll(/<script[^>]+src="(\/_next\/static\/[^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]!))];
  let total = 0;
  for (const src of scripts) total += gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length;
  return total;
}

async function main() {
  const started = Date.now();
  if (!process.argv.includes("--no-build")) {
    console.log("▶ next build");
    execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  }
  for (const ideas of SIZES) {
    if (!existsSync(dbFile(ideas))) {
      console.log(`▶ données synthétiques : ${ideas} pistes`);
      generateSynthetic(dbFile(ideas), ideas);
    }
  }
  const targets = pickTargets(dbFile(12000));
  const pages = [
    "/",
    "/pistes",
    "/pistes?theme=apprentissage-et-formation&q=formation",
    "/pistes?q=formation&page=40",
    `/rencontres/${targets.rencontre}`,
    `/rencontres/${targets.rencontre}/tables/1`,
    `/organisations/${targets.organisation}`,
  ];

  out(`# Benchmark — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);
  out();
  out(
    `Machine : ${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}. autocannon, 10 connexions, 8 s par adresse après 2 s de chauffe.`,
  );
  for (const cache of ["on", "off"] as const) {
    out();
    out(
      cache === "on"
        ? "## 12 000 pistes, réglages par défaut (cache des pages et des lectures publiques)"
        : "## 12 000 pistes, premier affichage : chaque requête a sa propre adresse (cache des pages contourné) et RENCONTRES_CACHE=off (chaque requête interroge la base)",
    );
    out();
    out("| adresse | req/s | p50 ms | p95 ms | p99 ms | non-2xx | part du plafond |");
    out("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    await withServer(dbFile(12000), PORT, { RENCONTRES_CACHE: cache }, async (server) => {
      const ceiling = await load(`${server.url}/robots.txt`);
      const results: LoadResult[] = [];
      for (const page of pages) results.push(await load(server.url + page, { unique: cache === "off" }));
      for (const r of [...results, ceiling]) {
        out(
          `| \`${r.url.replace(server.url, "")}\` | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} | ${((r.rps / ceiling.rps) * 100).toFixed(1)} % |`,
        );
      }
    });
  }

  out();
  out("## `/pistes?q=formation` selon le volume");
  out();
  out("| pistes | p50 par défaut | p95 par défaut | p50 premier affichage | p95 premier affichage |");
  out("| ---: | ---: | ---: | ---: | ---: |");
  const p50s: Record<string, number[]> = { on: [], off: [] };
  for (const ideas of SIZES) {
    const row: string[] = [];
    for (const cache of ["on", "off"] as const) {
      await withServer(dbFile(ideas), PORT, { RENCONTRES_CACHE: cache }, async (server) => {
        const r = await load(`${server.url}/pistes?q=formation`, { seconds: 5, warmupSeconds: 1, unique: cache === "off" });
        p50s[cache]!.push(r.p50);
        row.push(ms(r.p50), ms(r.p95));
      });
    }
    out(`| ${ideas.toLocaleString("fr-FR")} | ${row.join(" | ")} |`);
  }
  out();
  out(
    `Rapport p50 50 000 / 1 000 : ${(p50s.on![2]! / p50s.on![0]!).toFixed(2)} par défaut, ${(p50s.off![2]! / p50s.off![0]!).toFixed(2)} au premier affichage.`,
  );

  out();
  out("## JavaScript au premier chargement (gzip)");
  out();
  out("| page | kB gzip |");
  out("| --- | ---: |");
  await withServer(dbFile(12000), PORT, {}, async (server) => {
    for (const route of [
      "/",
      "/rencontres",
      ...pages.slice(1, 2),
      "/exemples",
      ...pages.slice(4),
      "/themes/apprentissage-et-formation",
      "/organisations",
      "/a-propos",
      "/connexion",
    ]) {
      out(`| \`${route}\` | ${((await firstLoadJs(server.url, route)) / 1024).toFixed(1)} |`);
    }
  });
  out();
  for (const line of await benchExports(50000)) out(line);
  out();
  for (const line of await benchApi(12000)) out(line);
  if (!process.argv.includes("--sans-200k")) {
    out();
    for (const line of await benchLarge(200000)) out(line);
  }
  out();
  out(`Durée totale : ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  mkdirSync(path.join("docs", "benchmarks"), { recursive: true });
  writeFileSync(path.join("docs", "benchmarks", "latest.md"), `${lines.join("\n")}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
