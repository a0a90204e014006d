import "server-only";
import type { AccountCreateInput } from "@/lib/schemas/account-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError } from "@/server/errors";
import { createUser } from "./create-user";

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
