/**
 * npm run bench:facets -- [--ideas 12000,50000] [--runs 20]
 * The facet index (docs/decisions/0013) on the synthetic databases, in this process: its build
 * time and memory (typed arrays alone, and the heap it keeps, ids and labels included), then
 * searchItems on first-visit filters (read cache off: each call counts, only the index is kept).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSynthetic } from "../synth/generate";
import { percentile } from "./load";

const { values } = parseArgs({ options: { ideas: { type: "string", default: "12000,50000" }, runs: { type: "string", default: "20" } } });
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} Mo`;

async function main() {
  const sizes = values.ideas.split(",").map(Number);
  // One database per process: Prisma's client is made once, from DATABASE_URL.
  if (sizes.length > 1) {
    const { execFileSync } = await import("node:child_process");
    for (const ideas of sizes)
      execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, "--ideas", String(ideas), "--runs", values.runs], { stdio: "inherit" });
    return;
  }
  const ideas = sizes[0]!;
  const file = path.resolve("data", `synth-${ideas}.db`);
  if (!existsSync(file)) generateSynthetic(file, ideas);
  process.env.DATABASE_URL = `file:${file}`;
  process.env.RENCONTRES_CACHE = "off";
  const { buildFacetIndex } = await import("@/server/data/search/build-facet-index");
  const { searchItems } = await import("@/server/data/search/search-items");
  const { parseCatalogueQuery } = await import("@/lib/schemas/catalogue");

  const builds: number[] = [];
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let index = await buildFacetIndex(0);
  for (let i = 0; i < 4; i += 1) {
    index = await buildFacetIndex(0);
    builds.push(index.builtInMs);
  }
  global.gc?.();
  const kept = process.memoryUsage().heapUsed - before;
  builds.sort((a, b) => a - b);
  console.log(`## ${ideas.toLocaleString("fr-FR")} pistes (SQLite)`);
  console.log(
    `- construction : p50 ${percentile(builds, 50).toFixed(0)} ms, max ${builds.at(-1)!.toFixed(0)} ms ; tableaux typés ${mb(index.arrayBytes)} ; tas gardé ≈ ${global.gc ? mb(kept) : "(lancer avec --expose-gc)"} ; ${index.kinds.IDEA.size} pistes, ${index.kinds.EXAMPLE.size} exemples, ${index.organisations.length} organisations`,
  );
  void index;

  const addresses = [
    "",
    "theme=apprentissage-et-formation",
    "q=formation",
    "q=formation&tri=recurrentes",
    "organisation=" + index.organisations[0]!.slug,
    `ville=${index.cities[0]!.key}&statut=proposee`,
    "tri=recurrentes&page=3",
  ];
  for (const address of addresses) {
    const filters = parseCatalogueQuery(Object.fromEntries(new URLSearchParams(address))).filters;
    const times: number[] = [];
    for (let i = 0; i < Number(values.runs); i += 1) {
      const started = performance.now();
      await searchItems("IDEA", filters);
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    console.log(`- \`/pistes?${address}\` : p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  }
}

await main();
process.exit(0);
