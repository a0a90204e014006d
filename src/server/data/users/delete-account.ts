import "server-only";
import { ROLE_LABELS, type AccountRole } from "@/lib/schemas/account-form";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError } from "@/server/errors";
import { ACCOUNTS_PATH, writeAdmin } from "@/server/data/write/write-catalogue";
import { LAST_ADMIN, accountOf, isSelf } from "./account-checks";

/**
 * Deletes an account (admins only) with its sessions, password and invitations; audit
 * entries it wrote keep their actor label and lose their link to it. Nobody deletes their
 * own account, nor the last organiser's.
 */
export async function deleteAccount(actor: Actor, userId: string): Promise<{ email: string }> {
  assertOrganiser(actor);
  if (isSelf(actor, userId)) throw new DataError("INVALID", "Vous ne pouvez pas supprimer votre propre compte.");
  const audit = ({ user, invitations }: { user: { email: string; role: AccountRole }; invitations: number }) => ({
    action: "DELETE" as const,
    entityType: "User",
    entityId: userId,
    summary: `Compte ${user.email} supprimé (${ROLE_LABELS[user.role].toLowerCase()}, ${plural(invitations, "invitation")})`,
  });
  const { user } = await writeAdmin(actor, { audit, refresh: [ACCOUNTS_PATH] }, async (tx) => {
    const user = await accountOf(tx, userId);
    const invitations = await tx.rencontreEditor.count({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
    if (user.role === "ADMIN" && (await tx.user.count({ where: { role: "ADMIN" } })) === 0) throw new DataError("INVALID", LAST_ADMIN);
    return { user, invitations };
  });
  return { email: user.email };
}
