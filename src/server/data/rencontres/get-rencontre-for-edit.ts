import "server-only";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { rencontreTextsSelect } from "./rencontre-fields";
import { editableRencontreWhere } from "./rencontre-scope";

export type RencontreForEdit = NonNullable<Awaited<ReturnType<typeof getRencontreForEdit>>>;

/** A rencontre as its editors see it (drafts included); null when missing or out of the actor's reach. */
export async function getRencontreForEdit(actor: Actor, id: string) {
  const rencontre = await db.rencontre.findFirst({
    where: { id, ...editableRencontreWhere(actor) },
    select: {
      id: true,
      slug: true,
      status: true,
      version: true,
      title: true,
      city: true,
      date: true,
      territory: true,
      venueName: true,
      ...rencontreTextsSelect,
      tables: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, title: true, version: true, _count: { select: { objectives: true, items: true, participations: true } } },
      },
      editors: { orderBy: { createdAt: "asc" }, select: { user: { select: { id: true, name: true, email: true } } } },
    },
  });
  if (!rencontre) return null;
  return { ...rencontre, date: rencontre.date ? rencontre.date.toISOString().slice(0, 10) : "", editors: rencontre.editors.map((e) => e.user) };
}
