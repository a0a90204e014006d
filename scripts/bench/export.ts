/**
 * npm run bench:export -- [--ideas 50000] [--no-build]
 * Serves the built app on a synthetic database and measures the full downloads: every idea
 * as CSV and JSON (/telechargements), then the data package (/donnees: written at the first
 * request of a catalogue version, then read from disk). For each: time to the first byte,
 * total time, size, lines, and the server's peak memory (resident set of all its processes,
 * sampled every 20 ms) against its memory before. Also called by `npm run bench`.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSynthetic } from "../synth/generate";
import { groupRssMb } from "./memory";
import { withServer } from "./server";

const PORT = 3401;
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

/** Resident memory of every process in the server's process group, in bytes. */
const groupRss = (groupId: number) => groupRssMb(groupId) * 2 ** 20;

type DownloadResult = { path: string; firstByteMs: number; totalMs: number; bytes: number; lines: number; rssBefore: number; rssPeak: number };

async function measure(base: string, groupId: number, route: string): Promise<DownloadResult> {
  const rssBefore = groupRss(groupId);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, groupRss(groupId))), 20);
  const started = performance.now();
  try {
    const response = await fetch(base + route);
    if (!response.ok || !response.body) throw new Error(`${route} : ${response.status}`);
    const firstByteMs = performance.now() - started;
    let bytes = 0;
    let lines = 0;
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      bytes += read.value.length;
      for (const byte of read.value) if (byte === 10) lines++;
    }
    return { path: route, firstByteMs, totalMs: performance.now() - started, bytes, lines, rssBefore, rssPeak: Math.max(rssPeak, groupRss(groupId)) };
  } finally {
    clearInterval(sampler);
  }
}

/** Measures the downloads at `ideas` ideas and returns the Markdown lines of the results. */
export async function benchExports(ideas: number, port = PORT): Promise<string[]> {
  const file = path.resolve("data", `synth-${ideas}.db`);
  if (!existsSync(file)) generateSynthetic(file, ideas);
  const openDataDir = mkdtempSync(path.join(os.tmpdir(), "bench-donnees-"));
  const lines = [
    `## Téléchargements complets à ${ideas.toLocaleString("fr-FR")} pistes`,
    "",
    "| adresse | premier octet ms | total s | Mo | lignes | mémoire avant Mio | pic Mio |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  try {
    await withServer(file, port, { RENCONTRES_OPEN_DATA_DIR: openDataDir }, async (server) => {
      await fetch(`${server.url}/telechargements/pistes.csv?q=zzzz`).then((r) => r.arrayBuffer());
      for (const route of [
        "/telechargements/pistes.csv",
        "/telechargements/pistes.json",
        "/telechargements/exemples.csv",
        "/donnees/items.csv",
        "/donnees/items.csv",
        "/donnees/participations.csv",
      ]) {
        const r = await measure(server.url, server.pid, route);
        const note = route.startsWith("/donnees/") && r.firstByteMs > 1000 ? " (écrit le paquet entier)" : "";
        lines.push(
          `| \`${route}\`${note} | ${r.firstByteMs.toFixed(0)} | ${(r.totalMs / 1000).toFixed(1)} | ${(r.bytes / 1e6).toFixed(1)} | ${r.lines.toLocaleString("fr-FR")} | ${mib(r.rssBefore)} | ${mib(r.rssPeak)} |`,
        );
      }
    });
  } finally {
    rmSync(openDataDir, { recursive: true, force: true });
  }
  return lines;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const { values } = parseArgs({ options: { ideas: { type: "string", default: "50000" }, "no-build": { type: "boolean", default: false } } });
  if (!values["no-build"]) {
    console.log("▶ next build");
    execFileSync("npx", ["next", "build"], { stdio: "ignore" });
  }
  for (const line of await benchExports(Number(values.ideas))) console.log(line);
}
