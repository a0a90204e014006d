/**
 * npm run bench:observatoire -- [--ideas 50000] [--no-build] [--starts 8] [--runs 30]
 * The cost of /observatoire on a synthetic database. Its page reads no query string and is
 * cached whole (docs/decisions/0006), its figures once per catalogue version (src/server/cache.ts):
 * a "first visit" is the one after a write or a start, which runs the aggregation and renders.
 * Measures (1) the aggregation alone, in this process, with the read cache off (`--runs` times),
 * (2) the first request of a freshly started server (`--starts` times: aggregation, render, a
 * cold process and the end of the facet index's build), (3) the first render of a version once
 * the index is built (after a write), (4) the page as served afterwards (autocannon, 10
 * connections), and its size.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { generateSynthetic } from "../synth/generate";
import { load, percentile } from "./load";
import { startServer } from "./server";

const PORT = 3402;
const { values } = parseArgs({
  options: {
    ideas: { type: "string", default: "50000" },
    "no-build": { type: "boolean", default: false },
    starts: { type: "string", default: "8" },
    runs: { type: "string", default: "30" },
  },
});
const ideas = Number(values.ideas);
const file = path.resolve("data", `synth-${ideas}.db`);
const summary = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms`;
};

async function main() {
  if (!values["no-build"]) execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  if (!existsSync(file)) generateSynthetic(file, ideas);
  console.log(`# /observatoire à ${ideas.toLocaleString("fr-FR")} pistes (SQLite)`);

  process.env.DATABASE_URL = `file:${file}`;
  process.env.RENCONTRES_CACHE = "off";
  const { getObservatory } = await import("@/server/data/observatory/get-observatory");
  const times: number[] = [];
  let data = await getObservatory();
  for (let i = 0; i < Number(values.runs); i += 1) {
    const started = performance.now();
    data = await getObservatory();
    times.push(performance.now() - started);
  }
  console.log(
    `- agrégation seule (${values.runs} fois, cache des lectures coupé) : ${summary(times)} ; ${data.rencontres.length} rencontres, ${data.cities.length} villes, ${data.years.length} années, ${data.themes.length} thèmes`,
  );

  const firsts: number[] = [];
  for (let i = 0; i < Number(values.starts); i += 1) {
    const server = await startServer(file, PORT);
    try {
      const started = performance.now();
      const response = await fetch(`${server.url}/observatoire`);
      const html = await response.text();
      firsts.push(performance.now() - started);
      if (i === 0) console.log(`- page : ${response.status}, ${(Buffer.byteLength(html) / 1024).toFixed(0)} kio de HTML`);
    } finally {
      await server.stop();
    }
  }
  console.log(`- première visite après un démarrage du serveur (${values.starts} démarrages) : ${summary(firsts)}`);

  // The first render of a catalogue version once this instance's facet index is built: what a
  // visitor waits for after a write, when nobody saw the previous page. The write is another
  // instance's (the version bumped in the database); /pistes?… then waits for the index's
  // rebuild, without the observatory's figures, which a year's page (an address not seen yet,
  // so neither served stale nor from the page cache) computes and renders.
  const versions: number[] = [];
  const database = new Database(file);
  const written = await startServer(file, PORT);
  try {
    await (await fetch(`${written.url}/observatoire`)).text();
    for (const year of data.years.flatMap((y) => (y.year === null ? [] : [y.year]))) {
      // A write that changed what the index is built from (themes, organisations…): the index is built again.
      database.prepare(`UPDATE "CatalogueState" SET version = version + 1, "facetsVersion" = version + 1 WHERE id = 1`).run();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await (await fetch(`${written.url}/pistes?attente=${year}`)).text();
      const started = performance.now();
      await (await fetch(`${written.url}/observatoire?annee=${year}`)).text();
      versions.push(performance.now() - started);
    }
  } finally {
    await written.stop();
    database.close();
  }
  console.log(
    `- première visite après une écriture, l'index des facettes reconstruit (${versions.length} versions, la page d'une année) : ${summary(versions)}`,
  );

  const server = await startServer(file, PORT);
  try {
    const r = await load(`${server.url}/observatoire`);
    console.log(
      `- ensuite (autocannon, 10 connexions, 8 s) : ${r.rps.toFixed(0)} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.non2xx + r.errors} hors 2xx`,
    );
  } finally {
    await server.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
