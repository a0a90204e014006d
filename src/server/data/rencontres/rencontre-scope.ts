import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/actor";

/**
 * The rencontres an actor may edit, as a query condition: every one for admins and the
 * system, the ones a rapporteur is invited to otherwise. Used inside each query, so a
 * record out of reach is simply not found.
 */
export function editableRencontreWhere(actor: Actor): Prisma.RencontreWhereInput {
  if (actor.kind === "system" || actor.role === "ADMIN") return {};
  return { editors: { some: { userId: actor.id } } };
}
