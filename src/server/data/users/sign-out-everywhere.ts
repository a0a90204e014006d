import "server-only";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { ACCOUNTS_PATH, writeAdmin } from "@/server/data/write/write-catalogue";
import { accountOf } from "./account-checks";

/** Closes every session of an account (admins only): it must sign in again everywhere. */
export async function signOutEverywhere(actor: Actor, userId: string): Promise<{ email: string; closed: number }> {
  assertOrganiser(actor);
  const audit = ({ email, closed }: { email: string; closed: number }) => ({
    action: "UPDATE" as const,
    entityType: "User",
    entityId: userId,
    summary: `Déconnexion de ${email} partout (${plural(closed, "session fermée", "sessions fermées")})`,
  });
  return writeAdmin(actor, { audit, refresh: [ACCOUNTS_PATH] }, async (tx) => {
    const user = await accountOf(tx, userId);
    const { count } = await tx.session.deleteMany({ where: { userId } });
    return { email: user.email, closed: count };
  });
}
