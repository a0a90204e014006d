import "server-only";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

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
