import "server-only";
import type { ThemeCreateInput, ThemeFormInput } from "@/lib/schemas/theme-form";
import { plural } from "@/lib/text/format";
import { foldText, slugify } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db, type Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { uniqueSlug } from "@/server/data/unique-slug";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

export type ThemeAdminRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  version: number;
  /** Ideas and examples of every rencontre, drafts included. */
  ideas: number;
  examples: number;
  synthesisGroups: number;
};

export const THEME_CONFLICT_MESSAGE = "Ce thème a été modifié par quelqu’un d’autre depuis que vous l’avez ouvert.";

/** Every theme in the taxonomy's order, with what is filed under it (admins only). */
export async function findThemesForAdmin(actor: Actor): Promise<ThemeAdminRow[]> {
  assertOrganiser(actor);
  const [themes, ideas] = await Promise.all([
    db.theme.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, version: true, _count: { select: { items: true, synthesisGroups: true } } },
    }),
    db.itemTheme.groupBy({ by: ["themeId"], where: { item: { kind: "IDEA" } }, _count: { _all: true } }),
  ]);
  const ideaCounts = new Map(ideas.map((row) => [row.themeId, row._count._all]));
  return themes.map(({ _count, ...theme }) => {
    const ideaCount = ideaCounts.get(theme.id) ?? 0;
    return { ...theme, ideas: ideaCount, examples: _count.items - ideaCount, synthesisGroups: _count.synthesisGroups };
  });
}

/** Refuses a name that another theme already has, whatever its case and accents. */
async function assertNameFree(tx: Tx, nameKey: string, exceptId?: string): Promise<void> {
  const other = await tx.theme.findUnique({ where: { nameKey }, select: { id: true, name: true } });
  if (other && other.id !== exceptId) throw new DataError("INVALID", `Le thème « ${other.name} » existe déjà : choisissez un autre nom, ou fusionnez les deux thèmes.`, "name");
}

/** Adds a theme at the end of the taxonomy (admins only); its slug, taken from its name, stays when it is renamed. */
export async function createTheme(actor: Actor, input: ThemeCreateInput): Promise<{ id: string; slug: string }> {
  assertOrganiser(actor);
  const audit = (theme: { id: string }) => ({ action: "CREATE" as const, entityType: "Theme", entityId: theme.id, summary: `Création du thème « ${input.name} »` });
  return writeCatalogue(actor, { audit }, async (tx) => {
    const nameKey = foldText(input.name);
    await assertNameFree(tx, nameKey);
    const slug = await uniqueSlug(tx, "theme", slugify(input.name));
    const last = await tx.theme.aggregate({ _max: { position: true } });
    return tx.theme.create({
      data: { name: input.name, nameKey, slug, description: input.description, position: (last._max.position ?? -1) + 1 },
      select: { id: true, slug: true },
    });
  });
}

/**
 * Renames a theme or edits its description (admins only). The slug does not change, so
 * shared links to /themes/[slug] keep working. A copy read before someone else's save is
 * refused with CONFLICT and nothing is written.
 */
export async function updateTheme(actor: Actor, id: string, input: ThemeFormInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = (current: { name: string }) => ({
    action: "UPDATE" as const,
    entityType: "Theme",
    entityId: id,
    summary: current.name === input.name ? `Modification du thème « ${input.name} »` : `Thème « ${current.name} » renommé « ${input.name} »`,
  });
  await writeCatalogue(actor, { audit }, async (tx) => {
    const current = await tx.theme.findUnique({ where: { id }, select: { name: true } });
    if (!current) throw notFound("Thème");
    const nameKey = foldText(input.name);
    await assertNameFree(tx, nameKey, id);
    const saved = await tx.theme.updateMany({
      where: { id, version: input.version },
      data: { name: input.name, nameKey, description: input.description, version: { increment: 1 } },
    });
    if (saved.count === 0) throw new DataError("CONFLICT", THEME_CONFLICT_MESSAGE);
    return current;
  });
  return { version: input.version + 1 };
}

/**
 * Merges the source theme into the target (admins only), in one transaction: the source's
 * ideas and examples and its groups of the general synthesis move to the target (an item
 * already in both keeps one link), the target takes the source's description if it had
 * none, and the source is deleted.
 */
export async function mergeThemes(actor: Actor, sourceId: string, targetId: string): Promise<{ targetId: string; slug: string; moved: number }> {
  assertOrganiser(actor);
  if (sourceId === targetId) throw new DataError("INVALID", "Choisissez un autre thème que celui à fusionner.", "targetId");
  const audit = (merge: { summary: string }) => ({ action: "MERGE" as const, entityType: "Theme", entityId: targetId, summary: merge.summary });
  const { slug, moved } = await writeCatalogue(actor, { audit }, async (tx) => {
    const [source, target] = await Promise.all([
      tx.theme.findUnique({ where: { id: sourceId }, select: { name: true, description: true } }),
      tx.theme.findUnique({ where: { id: targetId }, select: { name: true, slug: true, description: true } }),
    ]);
    if (!source) throw notFound("Thème");
    if (!target) throw new DataError("NOT_FOUND", "Le thème choisi n’existe plus : rechargez la page.", "targetId");

    const inTarget = (await tx.itemTheme.findMany({ where: { themeId: targetId }, select: { itemId: true } })).map((l) => l.itemId);
    const doubled = await tx.itemTheme.deleteMany({ where: { themeId: sourceId, itemId: { in: inTarget } } });
    const moved = await tx.itemTheme.updateMany({ where: { themeId: sourceId }, data: { themeId: targetId } });
    const groups = await tx.synthesisGroup.updateMany({ where: { themeId: sourceId }, data: { themeId: targetId } });
    await tx.theme.delete({ where: { id: sourceId } });
    await tx.theme.update({
      where: { id: targetId },
      data: { description: target.description ?? source.description, version: { increment: 1 } },
    });

    const summary = `Thème « ${source.name} » fusionné dans « ${target.name} » : ${plural(moved.count + doubled.count, "piste ou exemple", "pistes et exemples")}, ${plural(groups.count, "groupe de synthèse", "groupes de synthèse")}`;
    return { slug: target.slug, moved: moved.count + doubled.count, summary };
  });
  return { targetId, slug, moved };
}
