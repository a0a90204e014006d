import "server-only";
import { DataError } from "./errors";

/**
 * The two roles. "ADMIN" is the stored value of the organiser role (shown as
 * "Organisateur·rice"); in code it is always called organiser: isOrganiser, assertOrganiser,
 * requireOrganiser, access "organiser".
 */
export type Role = "ADMIN" | "RAPPORTEUR";

/** Organisers (and the system) reach every rencontre; rapporteurs only those they are invited to. */
export const isOrganiser = (who: { role: Role } | Actor): boolean =>
  ("kind" in who && who.kind === "system") || ("role" in who && who.role === "ADMIN");

/**
 * Who calls a data function: a signed-in user with a role, or the system (command-line
 * tools, the seed). Every data function that writes takes one and checks it itself.
 */
export type Actor = { kind: "system"; label: string } | { kind: "user"; id: string; role: Role; email: string };

export const systemActor = (label: string): Actor => ({ kind: "system", label });

/** Only organisers (admins, and the system) may import, publish or manage accounts. */
export function assertOrganiser(actor: Actor): void {
  if (isOrganiser(actor)) return;
  throw new DataError("FORBIDDEN", "Action réservée aux organisateurs.");
}

/** The label kept in the audit log: the user's email, or the tool's name. */
export const actorLabel = (actor: Actor) => (actor.kind === "system" ? actor.label : actor.email);
export const actorUserId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);
