/**
 * npm run loadtest:crawl [-- --addresses 2000] [--seconds 60] [--connections 10] [--visitors 5] [--no-build]
 *
 * A crawler on the catalogue's filters while people read the site: the production server on
 * the synthetic data (12,000 ideas) gets `--addresses` distinct, tidy filter addresses of
 * /pistes and /exemples (themes, cities, rencontres, years, statuses, words, pages, sorts,
 * each a first visit), at `--connections`, within `--seconds`; meanwhile `--visitors`
 * connections read the pages ordinary visitors read (home, catalogue, a rencontre, a table, a
 * theme, an organisation, the observatory). Twice: without the per-client limit of filter
 * addresses, then with its default (src/lib/page-cache/filter-rate-limit.ts). Reports the
 * visitors' p50/p95/p99 before and during the crawl, the crawl's own figures and the
 * server's memory.
 * Writes docs/benchmarks/crawl-sqlite.md.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { catalogueQueryString, IDEA_STATUSES, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { generateSynthetic } from "../synth/generate";
import { startServer } from "../bench/server";
import { groupRssMb } from "../bench/memory";
import { percentile } from "../bench/load";

const { values: options } = parseArgs({
  options: {
    addresses: { type: "string", default: "2000" },
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "10" },
    visitors: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
  },
});
const ADDRESSES = Number(options.addresses);
const SECONDS = Number(options.seconds);
const PORT = 3460;
const SYNTH = path.resolve("data", "synth-12000.db");
const WORDS = ["formation", "emploi", "equipe", "stage", "logement", "insertion", "sante", "mobilite", "numerique", "familles"];

const figures = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
};

/** Distinct tidy addresses, as a crawler following the filters' links would find them: one to three filters, a page, a sort. */
function crawlAddresses(file: string, count: number): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const themes = (db.prepare(`SELECT slug FROM "Theme" ORDER BY position`).all() as { slug: string }[]).map((t) => t.slug);
    const rencontres = db.prepare(`SELECT slug, "cityKey", date FROM "Rencontre" WHERE status = 'PUBLISHED' ORDER BY slug`).all() as {
      slug: string;
      cityKey: string;
      date: number | string | null;
    }[];
    const cities = [...new Set(rencontres.map((r) => r.cityKey))];
    const years = [...new Set(rencontres.flatMap((r) => (r.date === null ? [] : [new Date(r.date).getUTCFullYear()])))];
    const seen = new Set<string>();
    const addresses: string[] = [];
    // A fixed pseudo-random walk (mulberry32: the same addresses on every run).
    let seed = 42;
    const next = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n) | 0;
    };
    for (let attempt = 0; addresses.length < count && attempt < count * 50; attempt += 1) {
      const ideas = next(3) > 0;
      const filters: Partial<CatalogueFilters> = {};
      const wanted = 1 + next(3);
      for (let f = 0; f < wanted; f += 1) {
        const which = next(6);
        if (which === 0) filters.themes = [themes[next(themes.length)]!];
        else if (which === 1) filters.ville = cities[next(cities.length)]!;
        else if (which === 2) filters.rencontre = rencontres[next(rencontres.length)]!.slug;
        else if (which === 3 && years.length > 0) filters.year = years[next(years.length)]!;
        else if (which === 4 && ideas) filters.statuses = [IDEA_STATUSES[next(IDEA_STATUSES.length)]!.value];
        else filters.q = WORDS[next(WORDS.length)]!;
      }
      if (next(4) === 0) filters.page = 2 + next(4);
      if (next(5) === 0) filters.sort = "recentes";
      const address = `/${ideas ? "pistes" : "exemples"}${catalogueQueryString(filters)}`;
      if (!seen.has(address)) {
        seen.add(address);
        addresses.push(address);
      }
    }
    return addresses;
  } finally {
    db.close();
  }
}

/** The pages ordinary visitors read, served from the page cache once seen. */
function visitorPaths(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    const rencontre = db.prepare(`SELECT slug FROM "Rencontre" WHERE status = 'PUBLISHED' ORDER BY date DESC LIMIT 1`).get() as { slug: string };
    const theme = db.prepare(`SELECT slug FROM "Theme" ORDER BY position LIMIT 1`).get() as { slug: string };
    const organisation = db.prepare(`SELECT o.slug FROM "Organisation" o JOIN "Participation" p ON p."organisationId" = o.id LIMIT 1`).get() as {
      slug: string;
    };
    return [
      "/",
      "/pistes",
      "/exemples",
      `/rencontres/${rencontre.slug}`,
      `/rencontres/${rencontre.slug}/tables/1`,
      `/themes/${theme.slug}`,
      `/organisations/${organisation.slug}`,
      "/observatoire",
    ];
  } finally {
    db.close();
  }
}

/** autocannon on a list of paths, in turn; `amount` stops it after that many requests. */
function run(url: string, connections: number, paths: string[], seconds: number, amount?: number) {
  let sequence = 0;
  const times: number[] = [];
  let bad = 0;
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      amount,
      timeout: 30,
      requests: [{ setupRequest: (req) => ({ ...req, method: "GET", path: paths[sequence++ % paths.length]! }) }],
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  let limited = 0;
  instance.on("response", (_client, status, _bytes, ms) => {
    times.push(ms);
    if (status === 429) limited += 1;
    else if (status < 200 || status >= 400) bad += 1;
  });
  return { instance, done, times, bad: () => bad, limited: () => limited };
}

async function main() {
  if (!options["no-build"]) {
    console.log("▶ next build");
    execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  }
  if (!existsSync(SYNTH)) {
    console.log("▶ données synthétiques : 12 000 pistes");
    generateSynthetic(SYNTH, 12000);
  }
  const addresses = crawlAddresses(SYNTH, ADDRESSES);
  const visitors = visitorPaths(SYNTH);
  const sections: string[] = [
    `# Robot sur les filtres — SQLite — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine : ${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}. Données synthétiques : 12 000 pistes. Robot : ${addresses.length} adresses distinctes de /pistes et /exemples (1 à 3 filtres, pages, tris), ${options.connections} connexions, depuis une adresse. Visiteurs : ${options.visitors} connexions sur ${visitors.length} pages (accueil, catalogue, rencontre, table, thème, organisation, observatoire).`,
  ];
  let failed = false;
  for (const [label, limit] of [
    ["Sans limite par client (CATALOGUE_RATE_LIMIT_PER_MINUTE=0)", "0"],
    ["Avec la limite par défaut : 120 adresses filtrées par minute et par client", "120"],
  ] as const) {
    const server = await startServer(SYNTH, PORT, { RENCONTRES_DEMO_ADMIN: "off", CATALOGUE_RATE_LIMIT_PER_MINUTE: limit });
    try {
      // The visitors' pages seen once (the page cache and the facet index warm), then 10 s without the crawler.
      for (const p of visitors) await (await fetch(`${server.url}${p}`)).text();
      const memStart = groupRssMb(server.pid);
      const before = run(server.url, Number(options.visitors), visitors, 10);
      const quiet = await before.done;
      console.log(`▶ ${label} : ${addresses.length} adresses distinctes, ${options.connections} connexions`);
      const started = performance.now();
      const crawl = run(server.url, Number(options.connections), addresses, SECONDS, addresses.length);
      const during = run(server.url, Number(options.visitors), visitors, SECONDS);
      const crawled = await crawl.done;
      const crawlSeconds = (performance.now() - started) / 1000;
      during.instance.stop();
      const read = await during.done;
      const memEnd = groupRssMb(server.pid);
      const [b, d, c] = [figures(before.times), figures(during.times), figures(crawl.times)];
      sections.push(
        "",
        `## ${label}`,
        "",
        "| mesure | valeur |",
        "| --- | ---: |",
        `| visiteurs sans robot (10 s) : requêtes, p50 / p95 / p99 | ${b.n} ; ${b.p50.toFixed(0)} / ${b.p95.toFixed(0)} / ${b.p99.toFixed(0)} ms |`,
        `| visiteurs pendant le robot : requêtes, p50 / p95 / p99 | ${d.n} ; ${d.p50.toFixed(0)} / ${d.p95.toFixed(0)} / ${d.p99.toFixed(0)} ms |`,
        `| visiteurs : réponses hors 2xx/3xx, erreurs | ${before.bad() + during.bad() + before.limited() + during.limited()}, ${quiet.errors + quiet.timeouts + read.errors + read.timeouts} |`,
        `| robot : réponses, durée, req/s | ${c.n} en ${crawlSeconds.toFixed(1)} s, ${(c.n / crawlSeconds).toFixed(0)} req/s |`,
        `| robot : pages servies / refusées (429) / autres erreurs | ${c.n - crawl.limited() - crawl.bad()} / ${crawl.limited()} / ${crawl.bad() + crawled.errors + crawled.timeouts} |`,
        `| robot : p50 / p95 / p99 | ${c.p50.toFixed(0)} / ${c.p95.toFixed(0)} / ${c.p99.toFixed(0)} ms |`,
        `| mémoire du serveur (RSS) début → fin | ${memStart.toFixed(0)} → ${memEnd.toFixed(0)} Mo |`,
      );
      failed ||= before.bad() + during.bad() + before.limited() + during.limited() + crawl.bad() > 0;
    } finally {
      await server.stop();
    }
  }
  const text = `${sections.join("\n")}\n`;
  console.log(`\n${text}`);
  mkdirSync(path.join("docs", "benchmarks"), { recursive: true });
  writeFileSync(path.join("docs", "benchmarks", "crawl-sqlite.md"), text);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
