import "server-only";
import { ROLE_LABELS, type AccountCreateInput, type AccountRole } from "@/lib/schemas/account-form";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db, type Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { ACCOUNTS_PATH, writeAdmin } from "@/server/data/write/write-catalogue";
import { createUser } from "./create-user";

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

const LAST_ADMIN = "C’est le dernier compte organisateur : créez-en ou nommez-en un autre d’abord.";

const isSelf = (actor: Actor, userId: string) => actor.kind === "user" && actor.id === userId;

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

/** Creates an account with its password hashed by better-auth; an email already in use is refused on the email field. */
export async function createAccount(actor: Actor, input: AccountCreateInput): Promise<{ id: string; email: string }> {
  assertOrganiser(actor);
  try {
    return await createUser(actor, input);
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") throw new DataError("INVALID", error.message, "email");
    throw error;
  }
}

async function accountOf(tx: Tx, userId: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
  if (!user) throw notFound("Compte");
  return user;
}

/** Refuses a change that would leave no organiser (the transaction is then rolled back). */
async function assertAnAdminRemains(tx: Tx): Promise<void> {
  if ((await tx.user.count({ where: { role: "ADMIN" } })) === 0) throw new DataError("INVALID", LAST_ADMIN, "role");
}

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
