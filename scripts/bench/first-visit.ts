/**
 * npm run bench:first-visit -- [--ideas 12000,50000] [--seconds 6] [--no-build]
 * The reduced `npm run bench` for the catalogue's first visits: at each size, a server with
 * RENCONTRES_CACHE=off (every request reads the database, the facet index of the version
 * aside) and a new address per request (the page cache bypassed), against robots.txt in the
 * same run. Prints a Markdown table (docs/performance.md, docs/decisions/0013).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSynthetic } from "../synth/generate";
import { load } from "./load";
import { withServer } from "./server";

const PORT = 3404;
const { values } = parseArgs({
  options: {
    ideas: { type: "string", default: "12000,50000" },
    seconds: { type: "string", default: "6" },
    "no-build": { type: "boolean", default: false },
  },
});
const ADDRESSES = [
  "/pistes",
  "/exemples",
  "/pistes?theme=apprentissage-et-formation",
  "/pistes?q=formation",
  "/pistes?theme=apprentissage-et-formation&q=formation",
  "/pistes?q=formation&page=40",
];
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(0) : "—");

async function main() {
  if (!values["no-build"]) execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  console.log("| pistes | adresse | req/s | p50 ms | p95 ms | non-2xx | part du plafond |");
  console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: |");
  for (const ideas of values.ideas.split(",").map(Number)) {
    const file = path.resolve("data", `synth-${ideas}.db`);
    if (!existsSync(file)) generateSynthetic(file, ideas);
    await withServer(file, PORT, { RENCONTRES_CACHE: "off" }, async (server) => {
      // The first request builds the facet index (awaited once per process): not measured.
      await fetch(`${server.url}/pistes`).then((r) => r.text());
      const seconds = Number(values.seconds);
      const ceiling = await load(`${server.url}/robots.txt`, { seconds, warmupSeconds: 1 });
      for (const address of ADDRESSES) {
        const r = await load(server.url + address, { seconds, warmupSeconds: 1, unique: true });
        console.log(
          `| ${ideas.toLocaleString("fr-FR")} | \`${address}\` | ${r.rps.toFixed(1)} | ${ms(r.p50)} | ${ms(r.p95)} | ${r.non2xx + r.errors} | ${((r.rps / ceiling.rps) * 100).toFixed(1)} % |`,
        );
      }
      console.log(
        `| ${ideas.toLocaleString("fr-FR")} | \`/robots.txt\` (plafond) | ${ceiling.rps.toFixed(0)} | ${ms(ceiling.p50)} | ${ms(ceiling.p95)} | ${ceiling.non2xx + ceiling.errors} | 100 % |`,
      );
    });
  }
}

await main();
