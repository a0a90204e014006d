import "server-only";
import { DataError } from "./errors";

/**
 * Who calls a data function. Command-line tools act as the system; signed-in people
 * will act as users with a role once sign-in exists.
 */
export type Actor = { kind: "system"; label: string } | { kind: "user"; id: string; role: "ADMIN" | "RAPPORTEUR" };

export const systemActor = (label: string): Actor => ({ kind: "system", label });

/** Only organisers (and the system) may import or publish whole rencontres. */
export function assertOrganiser(actor: Actor): void {
  if (actor.kind === "system" || actor.role === "ADMIN") return;
  throw new DataError("FORBIDDEN", "Action réservée aux organisateurs.");
}
