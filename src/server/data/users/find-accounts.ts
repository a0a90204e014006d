import "server-only";
import type { AccountRole } from "@/lib/schemas/account-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

export type AccountRow = {
  id: string;
  name: string;
  email: string;
  role: AccountRole;
  createdAt: Date;
  /** The rencontres a rapporteur may edit, the most recent first. */
  invitations: { id: string; city: string; date: Date | null }[];
  /** Sessions not yet expired: the browsers where the account is signed in. */
  activeSessions: number;
};

/** Every account, organisers first, with its invitations and open sessions (admins only). */
export async function findAccounts(actor: Actor): Promise<AccountRow[]> {
  assertOrganiser(actor);
  const users = await db.user.findMany({
    orderBy: [{ role: "asc" }, { name: "asc" }, { email: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      createdAt: true,
      invitations: { orderBy: { rencontre: { date: "desc" } }, select: { rencontre: { select: { id: true, city: true, date: true } } } },
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
  return users.map(({ invitations, _count, ...user }) => ({
    ...user,
    invitations: invitations.map((i) => i.rencontre),
    activeSessions: _count.sessions,
  }));
}
