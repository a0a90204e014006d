/**
 * npm run import -- FILE [--publier] [--organisateur "Nom"]… [--ville Ville] [--date AAAA-MM-JJ]
 * Imports a compte rendu (Markdown, text, .docx, .odt or PDF), with the corrections stored by an
 * earlier import of the same text, prints a summary, exits non-zero on failure.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { systemActor } from "@/server/actor";
import { runCli } from "./run-cli";
import { formatWarning } from "@/lib/import/warnings";
import { importCompteRendu } from "@/server/import/import-compte-rendu";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        publier: { type: "boolean", default: false },
        organisateur: { type: "string", multiple: true, default: [] },
        ville: { type: "string" },
        date: { type: "string" },
        aide: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    console.error(`Erreur : ${(error as Error).message}`);
    return 2;
  }
  const file = args.positionals[0];
  if (args.values.aide || !file) {
    console.error('Usage : npm run import -- FICHIER [--publier] [--organisateur "Nom"]… [--ville Ville] [--date AAAA-MM-JJ]');
    return args.values.aide ? 0 : 2;
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    console.error(`Erreur : impossible de lire « ${file} » (${(error as NodeJS.ErrnoException).code ?? "erreur inconnue"}).`);
    return 1;
  }

  const outcome = await importCompteRendu(systemActor("cli"), bytes, {
    sourceName: path.basename(file),
    publish: args.values.publier,
    organisers: args.values.organisateur,
    city: args.values.ville,
    date: args.values.date,
  });
  for (const warning of outcome.warnings) {
    const option = warning.code === "no-date" ? " Donnez-la avec --date AAAA-MM-JJ." : "";
    console.warn(`Avertissement : ${formatWarning(warning)}${option}`);
  }
  if (!outcome.ok) {
    const option = /^Ville introuvable/.test(outcome.error) ? " Donnez-la avec --ville, par exemple --ville Bordeaux." : "";
    console.error(`Erreur : « ${file} » n'a pas été importé. ${outcome.error}${option}\nLa base de données n'a pas été modifiée.`);
    return 1;
  }
  const { summary } = outcome;
  console.log(
    `${summary.created ? "Rencontre créée" : "Rencontre mise à jour"} : /rencontres/${summary.slug} (${summary.status === "PUBLISHED" ? "publiée" : "brouillon"})`,
  );
  console.log("Table  Participant·es  Objectifs  Exemples  Pistes");
  for (const t of summary.tables) {
    console.log(
      `${String(t.number).padStart(5)}  ${String(t.participants).padStart(14)}  ${String(t.objectives).padStart(9)}  ${String(t.examples).padStart(8)}  ${String(t.ideas).padStart(6)}`,
    );
  }
  const totals = summary.totals;
  console.log(
    `Total  ${String(totals.participants).padStart(14)}  ${String(totals.objectives).padStart(9)}  ${String(totals.examples).padStart(8)}  ${String(totals.ideas).padStart(6)}`,
  );
  console.log(
    `${totals.consolidatedObjectives} objectifs consolidés, ${totals.themes} thèmes, ${totals.organisations} organisations, ${outcome.warnings.length} avertissement(s).`,
  );
  if (summary.status === "DRAFT") console.log("Brouillon : invisible du public. Relancez avec --publier pour publier.");
  return 0;
}

runCli(main, "\nLa base de données n'a pas été modifiée.");
