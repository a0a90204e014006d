import "server-only";
import type { ThemeFormInput } from "@/lib/schemas/theme-form";
import { foldText } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { assertThemeNameFree } from "./assert-theme-name-free";

export const THEME_CONFLICT_MESSAGE = "Ce thème a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.";

/**
 * Renames a theme or edits its description (admins only). The slug does not change, so
 * shared links to /themes/[slug] keep working. A copy read before someone else's save is
 * refused with CONFLICT and nothing is written.
 */
export async function updateTheme(actor: Actor, id: string, input: ThemeFormInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = (current: { name: string; slug: string }) => ({
    action: "UPDATE" as const,
    entityType: "Theme",
    entityId: id,
    summary: current.name === input.name ? `Modification du thème « ${input.name} »` : `Thème « ${current.name} » renommé « ${input.name} »`,
  });
  const options = { audit, publicPages: "stale-while-revalidate" as const, pages: (t: { slug: string }) => [`/themes/${t.slug}`] };
  await writeCatalogue(actor, options, async (tx) => {
    const current = await tx.theme.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!current) throw notFound("Thème");
    const nameKey = foldText(input.name);
    await assertThemeNameFree(tx, nameKey, id);
    const saved = await tx.theme.updateMany({
      where: { id, version: input.version },
      data: { name: input.name, nameKey, description: input.description, version: { increment: 1 } },
    });
    if (saved.count === 0) throw new DataError("CONFLICT", THEME_CONFLICT_MESSAGE);
    return current;
  });
  return { version: input.version + 1 };
}
