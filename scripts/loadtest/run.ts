/**
 * npm run loadtest [-- --postgres postgresql://…/<database>] [--seconds 60] [--connections 50] [--no-build]
 *
 * Starts the production server on the synthetic data (12,000 ideas, scripts/synth) and sends
 * it, with autocannon, mixed traffic at 50 connections for 60 s: public pages and filters,
 * and signed-in organisers saving tables (each on a table of their own: read the edit
 * page for the current version, then post the table form's server action, as the browser
 * does). Reports requests/s, p50/p95/p99, responses other than 2xx/3xx, saves reported as
 * done, lost writes (saves reported as done that the database does not hold, checked by
 * counting the tables' versions and the audit log afterwards) and the server's memory at
 * start and end.
 *
 * Runs on SQLite (a copy of the synthetic file) and, with --postgres, on PostgreSQL too:
 * that database is emptied, then filled with the same data by db:transfer.
 * Writes docs/benchmarks/loadtest-<database>.md.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import autocannon from "autocannon";
import { createPrismaClient } from "@/server/db";
import { transferDatabase } from "@/server/data/maintenance/transfer-database";
import { generateSynthetic } from "../synth/generate";
import { startServer, type Server } from "../bench/server";
import { groupRssMb } from "../bench/memory";
import { percentile } from "../bench/load";

const { values: options } = parseArgs({
  options: {
    postgres: { type: "string" },
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "50" },
    organisers: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
  },
});
const SECONDS = Number(options.seconds);
const CONNECTIONS = Number(options.connections);
const ORGANISERS = Number(options.organisers);
const PORT = 3450;
const PASSWORD = "charge-de-test-motdepasse-42";
const SYNTH = path.resolve("data", "synth-12000.db");
const SQLITE_COPY = path.resolve("data", "loadtest.db");
const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

type Ctx = { index?: number; version?: string; n?: number };
type Target = { rencontreId: string; number: number; tableId: string };
type Captured = { headers: Record<string, string>; fields: [string, string][] };

/** Signs in as each organiser in Chromium, and records the request of one real table save per organiser. */
async function captureSessions(base: string, emails: string[], targets: Target[]): Promise<{ cookie: string; save: Captured }[]> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  try {
    const sessions: { cookie: string; save: Captured }[] = [];
    for (const [i, email] of emails.entries()) {
      const context = await browser.newContext({ baseURL: base, locale: "fr-FR" });
      const page = await context.newPage();
      await page.goto("/connexion");
      await page.getByLabel("Adresse e-mail").fill(email);
      await page.getByLabel("Mot de passe").fill(PASSWORD);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await page.waitForURL(/\/admin/);
      const target = targets[i]!;
      await page.goto(`/admin/rencontres/${target.rencontreId}/tables/${target.number}`);
      const request = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
      await page.getByLabel("Titre (facultatif)").fill("Charge : première sauvegarde");
      await page.getByRole("button", { name: "Enregistrer la table" }).click();
      const posted = await request;
      await page
        .getByText(/enregistrée/i)
        .first()
        .waitFor();
      const contentType = posted.headers()["content-type"] ?? "";
      const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
      if (!boundary) throw new Error(`Requête d'enregistrement inattendue (${contentType})`);
      const fields = parseMultipart(posted.postDataBuffer()!.toString("utf8"), boundary);
      const headers = Object.fromEntries(
        Object.entries(posted.headers()).filter(([name]) => /^(next-action|next-router-state-tree|accept|origin)$/.test(name)),
      );
      const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
      sessions.push({ cookie, save: { headers, fields } });
      await context.close();
    }
    return sessions;
  } finally {
    await browser.close();
  }
}

function parseMultipart(body: string, boundary: string): [string, string][] {
  return body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => {
      const [head, ...rest] = part.replace(/^\r\n/, "").split("\r\n\r\n");
      const name = /name="([^"]*)"/.exec(head ?? "")?.[1] ?? "";
      return [name, rest.join("\r\n\r\n").replace(/\r\n$/, "")] as [string, string];
    });
}

function multipart(fields: [string, string][], boundary: string): string {
  return `${fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`;
}

type Run = {
  kind: string;
  rps: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  bad: number;
  errors: number;
  savesOk: number;
  savesRefused: number;
  lost: number;
  memStart: number;
  memEnd: number;
  publicRps: number;
  publicP95: number;
  saveP95: number;
};

async function measure(kind: string, databaseUrl: string): Promise<Run> {
  const db = createPrismaClient(databaseUrl);
  const emails = Array.from({ length: ORGANISERS }, (_, i) => `charge-${i + 1}@rencontres.local`);
  for (const email of emails) {
    execFileSync(
      "npx",
      ["tsx", "--conditions=react-server", "scripts/create-admin.ts", "--email", email, "--nom", "Organisateur de charge", "--role", "admin"],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl, ADMIN_PASSWORD: PASSWORD },
        stdio: "pipe",
      },
    );
  }
  const rencontre = await db.rencontre.findFirstOrThrow({
    where: { status: "PUBLISHED" },
    orderBy: { date: "desc" },
    select: { id: true, slug: true },
  });
  const tables = await db.table.findMany({
    where: { rencontreId: rencontre.id },
    orderBy: { number: "asc" },
    take: ORGANISERS,
    select: { id: true, number: true },
  });
  if (tables.length < ORGANISERS) throw new Error("Pas assez de tables dans la rencontre la plus récente.");
  const targets = tables.map((t) => ({ rencontreId: rencontre.id, number: t.number, tableId: t.id }));
  const org = await db.organisation.findFirstOrThrow({ where: { participations: { some: {} } }, select: { slug: true } });
  const theme = await db.theme.findFirstOrThrow({ select: { slug: true } });

  const server: Server = await startServer(databaseUrl, PORT, { RENCONTRES_DEMO_ADMIN: "off" });
  try {
    const sessions = await captureSessions(server.url, emails, targets);
    const before = await db.table.findMany({ where: { id: { in: targets.map((t) => t.tableId) } }, select: { id: true, version: true } });
    const auditBefore = await db.auditLog.count({ where: { entityType: "Table", action: "UPDATE" } });
    const memStart = groupRssMb(server.pid);

    const publicPaths = [
      "/",
      "/rencontres",
      "/pistes",
      `/pistes?theme=${theme.slug}`,
      "/pistes?q=formation",
      "/exemples?q=equipe",
      `/pistes?organisation=${org.slug}`,
      `/rencontres/${rencontre.slug}`,
      `/rencontres/${rencontre.slug}/tables/1`,
      `/organisations/${org.slug}`,
      "/organisations?q=asso",
      `/themes/${theme.slug}`,
    ];
    let sequence = 0;
    // Public visitors: every request a page of the list, some with a query never seen before (a first display).
    const publicRequests: autocannon.Request[] = [
      {
        setupRequest: (req) => {
          sequence += 1;
          const p = publicPaths[sequence % publicPaths.length]!;
          return {
            ...req,
            method: "GET",
            path:
              sequence % 10 === 0
                ? `/pistes?q=${["formation", "emploi", "equipe", "stage", "logement"][sequence % 5]}&page=${(sequence % 7) + 1}`
                : p,
          };
        },
      },
    ];

    const times: number[] = [];
    const publicTimes: number[] = [];
    const saveTimes: number[] = [];
    let bad = 0;
    let savesOk = 0;
    let savesRefused = 0;
    let publicCount = 0;
    let organiserIndex = 0;
    const boundary = "----rencontresCharge";
    // Organisers: GET the edit page (current version), then POST the save with that version.
    const organiserRequests: autocannon.Request[] = [
      {
        setupRequest: (req, context: object) => {
          const c = context as Ctx;
          c.index ??= organiserIndex++ % ORGANISERS;
          const t = targets[c.index]!;
          return {
            ...req,
            method: "GET",
            path: `/admin/rencontres/${t.rencontreId}/tables/${t.number}`,
            headers: { cookie: sessions[c.index]!.cookie },
          };
        },
        onResponse: (_status, body, context: object) => {
          (context as Ctx).version = /name="version"[^>]*value="(\d+)"|value="(\d+)"[^>]*name="version"/.exec(body)?.slice(1).find(Boolean);
        },
      },
      {
        setupRequest: (req, context: object) => {
          const c = context as Ctx;
          const session = sessions[c.index!]!;
          c.n = (c.n ?? 0) + 1;
          const fields = session.save.fields.map(([name, value]): [string, string] => {
            if (/(^|_)version$/.test(name)) return [name, c.version ?? "0"];
            if (/(^|_)title$/.test(name)) return [name, `Charge : sauvegarde ${c.index}-${c.n}`];
            return [name, value];
          });
          const t = targets[c.index!]!;
          return {
            ...req,
            method: "POST",
            path: `/admin/rencontres/${t.rencontreId}/tables/${t.number}`,
            headers: { ...session.save.headers, cookie: session.cookie, "content-type": `multipart/form-data; boundary=${boundary}` },
            body: multipart(fields, boundary),
          };
        },
        onResponse: (status, body) => {
          if (status === 200 && /Table \d+ enregistrée/.test(body)) savesOk += 1;
          else savesRefused += 1;
        },
      },
    ];

    const run = (connections: number, requests: autocannon.Request[], onTime: (status: number, ms: number) => void) =>
      new Promise<autocannon.Result>((resolve, reject) => {
        const instance = autocannon({ url: server.url, connections, duration: SECONDS, requests, timeout: 30 }, (error, res) =>
          error ? reject(error) : resolve(res),
        );
        instance.on("response", (_client, statusCode, _bytes, responseTime) => {
          times.push(responseTime);
          onTime(statusCode, responseTime);
          if (statusCode >= 400) bad += 1;
        });
      });
    console.log(`▶ ${kind} : ${SECONDS} s, ${CONNECTIONS} connexions (${CONNECTIONS - ORGANISERS} visiteurs, ${ORGANISERS} organisateurs)`);
    const [publicResult, organiserResult] = await Promise.all([
      run(CONNECTIONS - ORGANISERS, publicRequests, (_status, ms) => {
        publicCount += 1;
        publicTimes.push(ms);
      }),
      run(ORGANISERS, organiserRequests, (_status, ms) => saveTimes.push(ms)),
    ]);
    const memEnd = groupRssMb(server.pid);

    const after = await db.table.findMany({ where: { id: { in: targets.map((t) => t.tableId) } }, select: { id: true, version: true } });
    const committed = after.reduce((sum, t) => sum + t.version - before.find((b) => b.id === t.id)!.version, 0);
    const audited = (await db.auditLog.count({ where: { entityType: "Table", action: "UPDATE" } })) - auditBefore;
    const lost = Math.max(0, savesOk - committed) + Math.max(0, savesOk - audited);
    if (committed !== savesOk || audited !== savesOk) console.log(`  versions +${committed}, journal +${audited}, sauvegardes annoncées ${savesOk}`);
    times.sort((a, b) => a - b);
    saveTimes.sort((a, b) => a - b);
    publicTimes.sort((a, b) => a - b);
    return {
      kind,
      requests: times.length,
      rps: times.length / SECONDS,
      publicRps: publicCount / SECONDS,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      publicP95: percentile(publicTimes, 95),
      saveP95: percentile(saveTimes, 95),
      bad,
      errors: publicResult.errors + publicResult.timeouts + organiserResult.errors + organiserResult.timeouts,
      savesOk,
      savesRefused,
      lost,
      memStart,
      memEnd,
    };
  } finally {
    await server.stop();
    await db.$disconnect();
  }
}

function report(r: Run): string {
  const lines = [
    `# Test de charge — ${r.kind} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
    "",
    `Machine : ${os.cpus().length} cœurs, ${(os.totalmem() / 2 ** 30).toFixed(0)} Gio, Node ${process.version}. Données synthétiques : 12 000 pistes. autocannon, ${SECONDS} s, ${CONNECTIONS} connexions (${CONNECTIONS - ORGANISERS} visiteurs sur 12 pages et filtres, dont 1 requête sur 10 jamais vue ; ${ORGANISERS} organisateur·rices connecté·es qui enregistrent chacun·e une table).`,
    "",
    "| mesure | valeur |",
    "| --- | ---: |",
    `| requêtes | ${r.requests} |`,
    `| requêtes/s | ${r.rps.toFixed(0)} (dont publiques ${r.publicRps.toFixed(0)}) |`,
    `| p50 / p95 / p99 | ${r.p50.toFixed(0)} / ${r.p95.toFixed(0)} / ${r.p99.toFixed(0)} ms |`,
    `| p95 des requêtes publiques | ${r.publicP95.toFixed(0)} ms |`,
    `| p95 des requêtes d'organisateurs | ${r.saveP95.toFixed(0)} ms |`,
    `| réponses hors 2xx/3xx | ${r.bad} |`,
    `| erreurs réseau et délais dépassés | ${r.errors} |`,
    `| sauvegardes annoncées / refusées | ${r.savesOk} / ${r.savesRefused} |`,
    `| écritures perdues | ${r.lost} |`,
    `| mémoire du serveur (RSS) début → fin | ${r.memStart.toFixed(0)} → ${r.memEnd.toFixed(0)} Mo |`,
  ];
  return `${lines.join("\n")}\n`;
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
  const runs: Run[] = [];
  for (const suffix of ["", "-wal", "-shm"]) rmSync(SQLITE_COPY + suffix, { force: true });
  copyFileSync(SYNTH, SQLITE_COPY);
  runs.push(await measure("SQLite", `file:${SQLITE_COPY}`));
  if (options.postgres) {
    console.log("▶ PostgreSQL : base vidée, données copiées par db:transfer");
    execFileSync("npx", ["tsx", "scripts/reset-database.ts"], { env: { ...process.env, DATABASE_URL: options.postgres }, stdio: "inherit" });
    execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: options.postgres }, stdio: "ignore" });
    await transferDatabase(`file:${SYNTH}`, options.postgres);
    runs.push(await measure("PostgreSQL", options.postgres));
  }
  mkdirSync(path.join("docs", "benchmarks"), { recursive: true });
  for (const r of runs) {
    const text = report(r);
    console.log(`\n${text}`);
    writeFileSync(path.join("docs", "benchmarks", `loadtest-${r.kind.toLowerCase()}.md`), text);
  }
  if (runs.some((r) => r.lost > 0 || r.bad > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
