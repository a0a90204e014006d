import "server-only";
import { ROLE_LABELS, type AccountRole } from "@/lib/schemas/account-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError } from "@/server/errors";
import { ACCOUNTS_PATH, writeAdmin } from "@/server/data/write/write-catalogue";
import { accountOf, assertAnAdminRemains, isSelf } from "./account-checks";

/**
 * Makes an account organiser or rapporteur (admins only). An organiser cannot demote
 * themselves, and the last organiser cannot be demoted: nobody could manage accounts.
 * A rapporteur's invitations are kept, so that they apply again after a demotion.
 */
export async function setAccountRole(actor: Actor, userId: string, role: AccountRole): Promise<void> {
  assertOrganiser(actor);
  if (isSelf(actor, userId) && role !== "ADMIN") {
    throw new DataError("INVALID", "Vous ne pouvez pas retirer votre propre rôle d’organisateur : demandez-le à un autre organisateur.", "role");
  }
  // An unchanged role writes nothing, so it leaves no audit entry.
  const audit = (user: { email: string; role: AccountRole } | null) =>
    user && { action: "UPDATE" as const, entityType: "User", entityId: userId, summary: `Rôle de ${user.email} : ${ROLE_LABELS[user.role].toLowerCase()} → ${ROLE_LABELS[role].toLowerCase()}` };
  await writeAdmin(actor, { audit, refresh: [ACCOUNTS_PATH] }, async (tx) => {
    const user = await accountOf(tx, userId);
    if (user.role === role) return null;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await assertAnAdminRemains(tx);
    return user;
  });
}
