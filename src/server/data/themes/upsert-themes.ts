import "server-only";
import { foldText, slugify } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { db } from "@/server/db";

/** Creates the themes of a taxonomy that do not exist yet; existing ones keep their curated name. */
export async function upsertThemes(actor: Actor, themes: { name: string; description?: string }[]): Promise<number> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    let created = 0;
    for (const [position, theme] of themes.entries()) {
      const nameKey = foldText(theme.name);
      const existing = await tx.theme.findUnique({ where: { nameKey }, select: { id: true } });
      if (existing) continue;
      await tx.theme.create({
        data: { name: theme.name, nameKey, slug: slugify(theme.name), description: theme.description ?? null, position },
      });
      created += 1;
    }
    if (created > 0) await bumpCatalogueVersion(tx);
    return created;
  });
}
