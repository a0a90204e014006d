/**
 * npm run bench:api -- [--ideas 12000] [--no-build]
 * Serves the built app on a synthetic database and loads the read API (/api/v1) with
 * autocannon at 10 connections: a full page of ideas, a filtered search, a page deep in the
 * keyset (a cursor halfway through the ideas), rencontres and organisations. Every request
 * is answered from the database (autocannon sends no If-None-Match). The per-client limit is
 * lifted for the run: all the load comes from one address. Also called by `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { encodeCursor } from "../../src/lib/api/cursor";
import { generateSynthetic } from "../synth/generate";
import { load } from "./load";
import { withServer } from "./server";

const PORT = 3402;
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)}` : "—");

function middleIdeaId(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const { n } = db
      .prepare(`SELECT COUNT(*) AS n FROM "Item" i JOIN "Rencontre" r ON r.id = i."rencontreId" WHERE i.kind = 'IDEA' AND r.status = 'PUBLISHED'`)
      .get() as {
      n: number;
    };
    const row = db
      .prepare(
        `SELECT i.id FROM "Item" i JOIN "Rencontre" r ON r.id = i."rencontreId" WHERE i.kind = 'IDEA' AND r.status = 'PUBLISHED' ORDER BY i.id LIMIT 1 OFFSET ?`,
      )
      .get(Math.floor(n / 2)) as { id: string };
    return row.id;
  } finally {
    db.close();
  }
}

export async function benchApi(ideas: number, port = PORT): Promise<string[]> {
  const file = path.resolve("data", `synth-${ideas}.db`);
  if (!existsSync(file)) generateSynthetic(file, ideas);
  const addresses = [
    "/api/v1/pistes?limit=100",
    "/api/v1/pistes?theme=apprentissage-et-formation&q=formation",
    `/api/v1/pistes?limit=100&cursor=${encodeCursor(middleIdeaId(file))}`,
    "/api/v1/exemples?limit=100",
    "/api/v1/rencontres?limit=100",
    "/api/v1/organisations?limit=100",
  ];
  const lines = [
    `## API de lecture à ${ideas.toLocaleString("fr-FR")} pistes, 10 connexions`,
    "",
    "| adresse | req/s | p50 ms | p95 ms | p99 ms | non-2xx |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  await withServer(file, port, { API_RATE_LIMIT_PER_MINUTE: "100000000" }, async (server) => {
    for (const address of addresses) {
      const r = await load(server.url + address, { seconds: 8, warmupSeconds: 2 });
      const shown = address.replace(/cursor=[\w-]+/, "cursor=<milieu>");
      lines.push(`| \`${shown}\` | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} |`);
    }
  });
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { ideas: { type: "string", default: "12000" }, "no-build": { type: "boolean", default: false } } });
  if (!values["no-build"]) {
    console.log("▶ next build");
    execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  }
  for (const line of await benchApi(Number(values.ideas))) console.log(line);
}
