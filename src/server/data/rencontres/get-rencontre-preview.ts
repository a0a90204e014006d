import "server-only";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { readRencontreDetail } from "./get-rencontre";
import { editableRencontreWhere } from "./rencontre-scope";

/**
 * A rencontre, draft or not, as its public page would show it, with its status, for those
 * who may edit it: null when missing or out of the actor's reach. Never cached, so an edit
 * shows at once.
 */
export async function getRencontrePreview(actor: Actor, id: string) {
  const where = { id, ...editableRencontreWhere(actor) };
  const found = await db.rencontre.findFirst({ where, select: { status: true } });
  if (!found) return null;
  const detail = await readRencontreDetail(where);
  return detail ? { ...detail, isPublished: found.status === "PUBLISHED" } : null;
}
