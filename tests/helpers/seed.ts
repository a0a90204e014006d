import { readFileSync } from "node:fs";
import path from "node:path";
import { systemActor } from "@/server/actor";
import { upsertThemes } from "@/server/data/themes/upsert-themes";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { ROOT, SEED_FILE } from "../setup/paths";

/** The real seed, as `npm start` loads it: the theme taxonomy, then Paris 2021, published. */
export async function seedParis2021() {
  const actor = systemActor("test");
  const themes = JSON.parse(readFileSync(path.join(ROOT, "prisma", "seed-data", "themes.json"), "utf8")) as { name: string; description: string }[];
  await upsertThemes(actor, themes);
  const outcome = await importCompteRendu(actor, readFileSync(SEED_FILE), {
    publish: true,
    organisers: ["La Compagnie Générale des Autres", "GNIAC"],
  });
  if (!outcome.ok) throw new Error(outcome.error);
  return outcome.summary;
}
