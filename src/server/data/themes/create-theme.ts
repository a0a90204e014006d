import "server-only";
import type { ThemeCreateInput } from "@/lib/schemas/theme-form";
import { foldText, slugify } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { uniqueSlug } from "@/server/data/unique-slug";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { assertThemeNameFree } from "./assert-theme-name-free";

/** Adds a theme at the end of the taxonomy (admins only); its slug, taken from its name, stays when it is renamed. */
export async function createTheme(actor: Actor, input: ThemeCreateInput): Promise<{ id: string; slug: string }> {
  assertOrganiser(actor);
  const audit = (theme: { id: string }) => ({ action: "CREATE" as const, entityType: "Theme", entityId: theme.id, summary: `Création du thème « ${input.name} »` });
  return writeCatalogue(actor, { audit }, async (tx) => {
    const nameKey = foldText(input.name);
    await assertThemeNameFree(tx, nameKey);
    const slug = await uniqueSlug(tx, "theme", slugify(input.name));
    const last = await tx.theme.aggregate({ _max: { position: true } });
    return tx.theme.create({
      data: { name: input.name, nameKey, slug, description: input.description, position: (last._max.position ?? -1) + 1 },
      select: { id: true, slug: true },
    });
  });
}
