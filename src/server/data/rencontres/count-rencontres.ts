import "server-only";
import { db } from "@/server/db";

/** How many rencontres the database holds, drafts included (used to decide whether to seed). */
export async function countRencontres(): Promise<number> {
  return db.rencontre.count();
}
