import "server-only";
import { CreateUserSchema, type CreateUserInput } from "@/lib/schemas/auth";
import { assertOrganiser, type Actor } from "@/server/actor";
import { getAuth } from "@/server/auth";
import { db } from "@/server/db";
import { DataError } from "@/server/errors";
import { ACCOUNTS_PATH, writeAdmin } from "@/server/data/write/write-catalogue";

/**
 * Creates an account (admin or rapporteur) with a password hashed by better-auth (scrypt).
 * Only organisers may; an email already in use is a CONFLICT.
 */
export async function createUser(actor: Actor, input: CreateUserInput): Promise<{ id: string; email: string }> {
  assertOrganiser(actor);
  const data = CreateUserSchema.parse(input);
  if (await db.user.findUnique({ where: { email: data.email }, select: { id: true } })) {
    throw new DataError("CONFLICT", `Un compte existe déjà pour ${data.email}.`);
  }
  const ctx = await getAuth().$context;
  const hash = await ctx.password.hash(data.password);
  const user = await ctx.internalAdapter.createUser(
    { email: data.email, name: data.name, emailVerified: true, role: data.role },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: hash });
  const audit = { action: "CREATE" as const, entityType: "User", entityId: user.id, summary: `Compte ${data.role === "ADMIN" ? "organisateur" : "rapporteur"} créé pour ${data.email}` };
  await writeAdmin(actor, { audit, refresh: [ACCOUNTS_PATH] }, async () => undefined);
  return { id: user.id, email: data.email };
}

export async function countAdmins(): Promise<number> {
  return db.user.count({ where: { role: "ADMIN" } });
}
