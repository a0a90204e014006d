import "server-only";
import { DataError } from "./errors";

export type Role = "ADMIN" | "RAPPORTEUR";

/**
 * Who calls a data function: a signed-in user with a role, or the system (command-line
 * tools, the seed). Every data function that writes takes one and checks it itself.
 */
export type Actor = { kind: "system"; label: string } | { kind: "user"; id: string; role: Role; email: string };

export const systemActor = (label: string): Actor => ({ kind: "system", label });

/** Only organisers (admins, and the system) may import, publish or manage accounts. */
export function assertOrganiser(actor: Actor): void {
  if (actor.kind === "system" || actor.role === "ADMIN") return;
  throw new DataError("FORBIDDEN", "Action réservée aux organisateurs.");
}

/** The label kept in the audit log: the user's email, or the tool's name. */
export const actorLabel = (actor: Actor) => (actor.kind === "system" ? actor.label : actor.email);
export const actorUserId = (actor: Actor) => (actor.kind === "user" ? actor.id : null);
