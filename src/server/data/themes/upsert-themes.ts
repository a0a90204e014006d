import "server-only";
import { plural } from "@/lib/text/format";
import { foldText, slugify } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { assertThemeNameFree } from "./assert-theme-name-free";

/**
 * Creates the themes of a taxonomy that do not exist yet; existing ones keep their curated
 * name. When every theme is already there nothing is audited and the version stays.
 */
export async function upsertThemes(actor: Actor, themes: { name: string; description?: string }[]): Promise<number> {
  assertOrganiser(actor);
  const audit = (created: number) => (created > 0 ? { action: "CREATE" as const, entityType: "Theme", summary: `Ajout de ${plural(created, "thème", "thèmes")} à la taxonomie` } : null);
  return writeCatalogue(actor, { audit }, async (tx) => {
    let created = 0;
    for (const [position, theme] of themes.entries()) {
      const nameKey = foldText(theme.name);
      const existing = await tx.theme.findUnique({ where: { nameKey }, select: { id: true } });
      if (existing) continue;
      await assertThemeNameFree(tx, nameKey);
      await tx.theme.create({
        data: { name: theme.name, nameKey, slug: slugify(theme.name), description: theme.description ?? null, position },
      });
      created += 1;
    }
    return created;
  });
}
