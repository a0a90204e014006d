/**
 * Loads the project's first real data: the theme taxonomy, the programme page and the
 * Paris 2021 compte rendu, through the same importer organisers use. Idempotent.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { ProgrammeSchema } from "@/lib/schemas/compte-rendu";
import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { upsertPage } from "@/server/data/pages/upsert-page";
import { upsertThemes } from "@/server/data/themes/upsert-themes";
import { importCompteRendu } from "@/server/import/import-compte-rendu";

const dir = path.join(import.meta.dirname, "seed-data");
const read = (file: string) => readFileSync(path.join(dir, file));
const actor = systemActor("seed");

export async function seed(): Promise<void> {
  const themes = z.array(z.object({ name: z.string(), description: z.string() })).parse(JSON.parse(read("themes.json").toString("utf8")));
  await upsertThemes(actor, themes);

  const programme = ProgrammeSchema.parse(JSON.parse(read("programme.json").toString("utf8")));
  await upsertPage(actor, {
    slug: "programme",
    title: programme.project.title,
    body: read("projet-cga-gniac-fondation.md").toString("utf8"),
    data: programme,
  });

  const outcome = await importCompteRendu(actor, read("grande-rencontre-paris-2021.md"), {
    sourceName: "grande-rencontre-paris-2021.md",
    organisers: ["La Compagnie Générale des Autres", "GNIAC"],
    publish: true,
  });
  if (!outcome.ok) throw new Error(`Import du compte rendu de Paris 2021 impossible : ${outcome.error}`);
  const { totals } = outcome.summary;
  console.log(
    `Rencontre de Paris 2021 importée (/rencontres/${outcome.summary.slug}) : ${outcome.summary.tables.length} tables, ` +
      `${totals.participants} participations, ${totals.examples} exemples, ${totals.ideas} pistes, ` +
      `${totals.themes} thèmes, ${outcome.warnings.length} avertissements.`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  seed()
    .then(() => db.$disconnect())
    .catch(async (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      await db.$disconnect();
      process.exit(1);
    });
}
