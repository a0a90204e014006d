import "server-only";
import type { CompteRendu } from "@/lib/schemas/compte-rendu";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { sourceKeyOf } from "./store-compte-rendu";

/** The rencontre an earlier import of the same document produced (same city and date), if any. */
export async function findRencontreBySource(actor: Actor, data: Pick<CompteRendu, "city" | "date" | "title">) {
  assertOrganiser(actor);
  return db.rencontre.findUnique({ where: { sourceKey: sourceKeyOf(data) }, select: { id: true, title: true, city: true, status: true } });
}
