import { db } from "@/server/db";

/** A read of the user table, standing in for the real session lookup in the mocked session module. */
export async function findUserEmail(id: string): Promise<string | null> {
  return (await db.user.findUnique({ where: { id }, select: { email: true } }))?.email ?? null;
}
