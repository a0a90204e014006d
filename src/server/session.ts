import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { isOrganiser, type Actor, type Role } from "./actor";
import { getAuth } from "./auth";

export type SessionUser = { id: string; email: string; name: string; role: Role };

/** The signed-in user of this request, read from the session in the database; null when signed out. */
export async function getSessionUser(): Promise<SessionUser | null> {
  const session = await getAuth().api.getSession({ headers: await headers() });
  if (!session) return null;
  const role: Role = (session.user as { role?: string }).role === "ADMIN" ? "ADMIN" : "RAPPORTEUR";
  return { id: session.user.id, email: session.user.email, name: session.user.name, role };
}

/** For pages: the signed-in user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/connexion");
  return user;
}

/** For organisers' pages: the signed-in organiser; a rapporteur gets 403, a visitor the sign-in page. */
export async function requireOrganiser(): Promise<SessionUser> {
  const user = await requireUser();
  if (!isOrganiser(user)) forbidden();
  return user;
}

export const actorOf = (user: SessionUser): Actor => ({ kind: "user", id: user.id, role: user.role, email: user.email });
