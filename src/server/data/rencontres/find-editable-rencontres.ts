import "server-only";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";

/** The rencontres this user may work on: all for admins, the invited ones for rapporteurs (drafts included). */
export async function findEditableRencontres(actor: Actor) {
  const where = actor.kind === "user" && actor.role !== "ADMIN" ? { editors: { some: { userId: actor.id } } } : {};
  return db.rencontre.findMany({
    where,
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    select: { id: true, slug: true, title: true, city: true, date: true, status: true, version: true, updatedAt: true, _count: { select: { tables: true, items: true } } },
  });
}
