import { systemActor, type Actor } from "@/server/actor";
import { createUser } from "@/server/data/users/create-user";

export type UserActor = Actor & { kind: "user" };

/** An account created the way organisers create one, as the actor the data layer expects. */
export async function user(email: string, role: "ADMIN" | "RAPPORTEUR"): Promise<UserActor> {
  const u = await createUser(systemActor("test"), { email, name: email, role, password: "un mot de passe sûr" });
  return { kind: "user", id: u.id, role, email };
}
