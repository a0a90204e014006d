import "server-only";
import type { ThemeQueueChoice } from "@/lib/schemas/theme-queue";
import type { Actor } from "@/server/actor";
import { notFound } from "@/server/errors";
import { editableRencontreWhere } from "@/server/data/rencontres/rencontre-scope";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

export const THEME_QUEUE_PATH = "/admin/a-thematiser";

const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

/**
 * Gives an item a theme (one tap in the "à thématiser" queue), in a rencontre the actor may
 * edit: another one is not found. One audit entry; while the rencontre is a draft the public
 * caches stay warm. Adding a theme the item has already changes nothing but the audit.
 */
export async function addItemTheme(actor: Actor, input: ThemeQueueChoice): Promise<{ theme: string }> {
  const { theme } = await writeCatalogue(
    actor,
    {
      audit: (r: { theme: string; rencontreId: string; text: string }) => ({
        action: "UPDATE",
        entityType: "Item",
        entityId: input.itemId,
        rencontreId: r.rencontreId,
        summary: `Thème «\u202f${r.theme}\u202f» donné à «\u202f${excerpt(r.text)}\u202f»`,
      }),
      rencontre: (r) => r.rencontreId,
      refresh: [THEME_QUEUE_PATH],
    },
    async (tx) => {
      const item = await tx.item.findFirst({ where: { id: input.itemId, rencontre: editableRencontreWhere(actor) }, select: { id: true, rencontreId: true, tableId: true, plainText: true } });
      if (!item) throw notFound("Piste ou exemple");
      const theme = await tx.theme.findUnique({ where: { id: input.themeId }, select: { id: true, name: true } });
      if (!theme) throw notFound("Thème");
      await tx.itemTheme.upsert({ where: { itemId_themeId: { itemId: item.id, themeId: theme.id } }, create: { itemId: item.id, themeId: theme.id }, update: {} });
      // The table's form holds its items' themes: a form read before this change must not save over it.
      await tx.item.update({ where: { id: item.id }, data: { version: { increment: 1 } } });
      await tx.table.update({ where: { id: item.tableId }, data: { version: { increment: 1 } } });
      return { theme: theme.name, rencontreId: item.rencontreId, text: item.plainText };
    },
  );
  return { theme };
}
