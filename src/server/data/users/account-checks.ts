import "server-only";
import type { Actor } from "@/server/actor";
import type { Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";

// The checks the account writes share: nobody acts on themselves, an organiser always remains.

export const LAST_ADMIN = "C’est le dernier compte organisateur : créez-en ou nommez-en un autre d’abord.";

export const isSelf = (actor: Actor, userId: string) => actor.kind === "user" && actor.id === userId;

export async function accountOf(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) throw notFound("Compte");
  return user;
}

/** Refuses a change that would leave no organiser (the transaction is then rolled back). */
export async function assertAnAdminRemains(tx: Tx): Promise<void> {
  if ((await tx.user.count({ where: { role: "ADMIN" } })) === 0) throw new DataError("INVALID", LAST_ADMIN, "role");
}
