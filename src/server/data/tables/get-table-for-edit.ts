import "server-only";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { findThemeOptions } from "@/server/data/themes/find-theme-options";
import { editableRencontreWhere } from "@/server/data/rencontres/rencontre-scope";

export type TableForEdit = NonNullable<Awaited<ReturnType<typeof getTableForEdit>>>;

/** A table as its form shows it, with the rencontre's themes; null when missing or out of reach. */
export async function getTableForEdit(actor: Actor, rencontreId: string, by: { number: number } | { id: string }) {
  const table = await db.table.findFirst({
    where: { ...by, rencontre: { id: rencontreId, ...editableRencontreWhere(actor) } },
    select: {
      id: true,
      number: true,
      title: true,
      version: true,
      rencontre: { select: { id: true, title: true, city: true, status: true } },
      participations: {
        orderBy: { position: "asc" },
        select: { id: true, statusLabel: true, person: { select: { fullName: true } }, organisation: { select: { name: true } } },
      },
      objectives: { orderBy: { position: "asc" }, select: { id: true, text: true } },
      items: { orderBy: { position: "asc" }, select: { id: true, kind: true, text: true, themes: { select: { themeId: true } } } },
    },
  });
  if (!table) return null;
  const [themes, lastChange] = await Promise.all([
    findThemeOptions(),
    db.auditLog.findFirst({ where: { entityType: "Table", entityId: table.id }, orderBy: { at: "desc" }, select: { actorLabel: true, at: true } }),
  ]);
  const item = (i: (typeof table.items)[number]) => ({ id: i.id, text: i.text, themes: i.themes.map((t) => t.themeId) });
  return {
    id: table.id,
    number: table.number,
    title: table.title ?? "",
    version: table.version,
    rencontre: table.rencontre,
    participants: table.participations.map((p) => ({ id: p.id, name: p.person.fullName, organisation: p.organisation?.name ?? "", status: p.statusLabel ?? "" })),
    objectives: table.objectives,
    examples: table.items.filter((i) => i.kind === "EXAMPLE").map(item),
    ideas: table.items.filter((i) => i.kind === "IDEA").map(item),
    themes,
    lastChange,
  };
}
