/**
 * npm run bench:recurrence -- [--ideas 50000]
 * The time to compute the recurrence suggestions of a new rencontre of 60 ideas (6 tables
 * of 10, written with the synthetic data's own words: the most common terms, the worst case
 * for the inverted index) against the synthetic catalogue: the whole import, then the
 * suggestions alone (refreshRecurrence on its items, in a transaction), on a copy of
 * data/synth-<ideas>.db. Prints the figures for docs/performance.md.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { generateSynthetic } from "../synth/generate";
import * as W from "../synth/words";

/** Six tables of ten ideas, each a synthetic idea reworded (another opening, the topic first). */
function newRencontre(): string {
  const openings = ["Mettre en place", "Organiser", "Créer", "Lancer", "Développer"];
  const tables = Array.from({ length: 6 }, (_, t) => {
    const ideas = Array.from({ length: 10 }, (_, i) => {
      const k = t * 10 + i;
      return `- ${openings[k % openings.length]} ${W.ACTIONS[k % W.ACTIONS.length]!.toLowerCase()} **${W.TOPICS[(k * 7) % W.TOPICS.length]}** ${W.LINKS[k % W.LINKS.length]}`;
    });
    return `### TABLE ${t + 1}\n\nAutour de la table : Jeanne MARTIN${t} (*Caracol*)\n\n#### Principaux objectifs de la collaboration :\n\n- Se connaître\n\n#### Exemples de collaboration :\n\n- Un **jardin partagé**\n\n#### Pistes de future collaboration :\n\n${ideas.join("\n")}\n`;
  });
  return `## Grande Rencontre\n\n## Entrepreneurs et travailleurs sociaux, Besançon\n\n## SYNTHÈSE PAR TABLES\n\n${tables.join("\n")}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ideas: { type: "string", default: "50000" } } });
  const ideas = Number(values.ideas);
  const source = path.resolve(`data/synth-${ideas}.db`);
  if (!existsSync(source)) generateSynthetic(source, ideas);
  const dir = mkdtempSync(path.join(os.tmpdir(), "bench-recurrence-"));
  const file = path.join(dir, "bench.db");
  copyFileSync(source, file);
  process.env.DATABASE_URL = `file:${file}`;
  const { db } = await import("@/server/db");
  const { systemActor } = await import("@/server/actor");
  const { importCompteRendu } = await import("@/server/import/import-compte-rendu");
  const { refreshRecurrence } = await import("@/server/data/recurrence/refresh-recurrence");
  try {
    const indexed = await db.itemTerm.count();
    const started = performance.now();
    const outcome = await importCompteRendu(systemActor("bench"), Buffer.from(newRencontre()), { city: "Besançon", date: "2026-06-01" });
    if (!outcome.ok) throw new Error(outcome.error);
    const importMs = performance.now() - started;
    const rencontre = await db.rencontre.findFirstOrThrow({ orderBy: { createdAt: "desc" }, select: { id: true } });
    const items = await db.item.findMany({ where: { kind: "IDEA", rencontreId: rencontre.id }, select: { id: true } });
    const runs: number[] = [];
    let proposed = 0;
    for (let i = 0; i < 3; i += 1) {
      const t = performance.now();
      proposed = await db.$transaction(
        (tx) =>
          refreshRecurrence(
            tx,
            items.map((item) => item.id),
          ),
        { timeout: 60_000 },
      );
      runs.push(performance.now() - t);
    }
    console.log(`${ideas} pistes (${indexed} termes indexés) ; nouvelle rencontre de ${items.length} pistes :`);
    console.log(`  import complet (lecture, écriture, suggestions) : ${importMs.toFixed(0)} ms`);
    console.log(`  suggestions seules (3 passes) : ${runs.map((ms) => ms.toFixed(0)).join(", ")} ms ; ${proposed} paires proposées`);
  } finally {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
