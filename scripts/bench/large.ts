/**
 * The 200,000-idea part of `npm run bench`: every public page on a synthetic base of that
 * size, with the default settings, against robots.txt in the same run; the first visit after
 * a start (the facet index's build awaited), the database's size and the server's memory.
 * Prints Markdown lines (docs/performance.md).
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { generateSynthetic } from "../synth/generate";
import { load, type LoadResult } from "./load";
import { groupRssMb } from "./memory";
import { withServer } from "./server";

const PORT = 3405;
const ms = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)}` : "—");

export async function benchLarge(ideas = 200000): Promise<string[]> {
  const file = path.resolve("data", `synth-${ideas}.db`);
  const lines: string[] = [`## ${ideas.toLocaleString("fr-FR")} pistes, réglages par défaut`, ""];
  if (!existsSync(file)) {
    const started = Date.now();
    generateSynthetic(file, ideas);
    lines.push(`Base synthétique créée en ${((Date.now() - started) / 1000).toFixed(0)} s.`, "");
  }
  const db = new Database(file, { readonly: true });
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  const counts = {
    ideas: count(`SELECT COUNT(*) AS n FROM "Item" WHERE kind = 'IDEA'`),
    examples: count(`SELECT COUNT(*) AS n FROM "Item" WHERE kind = 'EXAMPLE'`),
    rencontres: count(`SELECT COUNT(*) AS n FROM "Rencontre"`),
    organisations: count(`SELECT COUNT(*) AS n FROM "Organisation"`),
  };
  const rencontre = (db.prepare(`SELECT slug FROM "Rencontre" WHERE status = 'PUBLISHED' ORDER BY date DESC LIMIT 1`).get() as { slug: string }).slug;
  const organisation = (
    db.prepare(`SELECT o.slug FROM "Organisation" o JOIN "Participation" p ON p."organisationId" = o.id LIMIT 1`).get() as { slug: string }
  ).slug;
  const theme = (db.prepare(`SELECT slug FROM "Theme" ORDER BY position LIMIT 1`).get() as { slug: string }).slug;
  const item = (db.prepare(`SELECT slug FROM "Item" WHERE kind = 'IDEA' AND slug IS NOT NULL LIMIT 1`).get() as { slug: string }).slug;
  db.close();
  const size = ["", "-wal"].reduce((sum, suffix) => sum + (existsSync(file + suffix) ? statSync(file + suffix).size : 0), 0);
  lines.push(
    `Base SQLite : ${(size / 2 ** 20).toFixed(0)} Mo ; ${counts.ideas.toLocaleString("fr-FR")} pistes, ${counts.examples.toLocaleString("fr-FR")} exemples, ${counts.rencontres.toLocaleString("fr-FR")} rencontres, ${counts.organisations.toLocaleString("fr-FR")} organisations.`,
    "",
  );

  const pages = [
    "/",
    "/pistes",
    `/pistes?theme=${theme}&q=formation`,
    "/pistes?q=formation&page=40",
    "/exemples",
    `/pistes/${item}`,
    `/rencontres/${rencontre}`,
    `/rencontres/${rencontre}/tables/1`,
    `/organisations/${organisation}`,
    `/themes/${theme}`,
    "/observatoire",
  ];
  await withServer(file, PORT, {}, async (server) => {
    const memStart = groupRssMb(server.pid);
    const started = performance.now();
    await (await fetch(`${server.url}/pistes?premiere=visite`)).text();
    const first = performance.now() - started;
    const ceiling = await load(`${server.url}/robots.txt`, { seconds: 5, warmupSeconds: 1 });
    const results: LoadResult[] = [];
    for (const page of pages) results.push(await load(server.url + page, { seconds: 5, warmupSeconds: 1 }));
    const firstVisits = await load(`${server.url}/pistes?q=formation`, { seconds: 5, warmupSeconds: 1, unique: true });
    lines.push(
      `Première visite de /pistes après le démarrage (l'index des facettes attendu) : ${ms(first)} ms. Mémoire du serveur (RSS) : ${memStart.toFixed(0)} Mo au démarrage, ${groupRssMb(server.pid).toFixed(0)} Mo à la fin.`,
      "",
      "| adresse | req/s | p50 ms | p95 ms | p99 ms | non-2xx | part du plafond |",
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const r of [...results, ceiling]) {
      lines.push(
        `| \`${r.url.replace(server.url, "")}\` | ${r.rps.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.non2xx + r.errors} | ${((r.rps / ceiling.rps) * 100).toFixed(1)} % |`,
      );
    }
    lines.push(
      "",
      `Premier affichage de \`/pistes?q=formation\` (une adresse nouvelle par requête) : ${firstVisits.rps.toFixed(0)} req/s, p50 ${ms(firstVisits.p50)} ms, p95 ${ms(firstVisits.p95)} ms.`,
    );
  });
  return lines;
}

// `npm run bench:large [-- --ideas 200000]`: this part of the bench alone (the build of `npm run bench` is reused).
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve("scripts/bench/large.ts")) {
  const at = process.argv.indexOf("--ideas");
  benchLarge(at > 0 ? Number(process.argv[at + 1]) : 200000).then(
    (lines) => {
      console.log(lines.join("\n"));
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
