import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { nameContains } from "./organisation-uses";

/** How many organisations the merge form offers at once; a search narrows them. */
export const MERGE_CHOICES_LIMIT = 100;

/** The organisations one may merge this one into, by name, optionally matching q (admins only). */
export async function findOrganisationMergeChoices(actor: Actor, excludeId: string, q = ""): Promise<{ choices: { id: string; name: string; city: string | null }[]; hasMore: boolean }> {
  assertOrganiser(actor);
  const rows = await db.organisation.findMany({
    where: { id: { not: excludeId }, ...nameContains(q) },
    orderBy: [{ nameKey: "asc" }, { slug: "asc" }],
    take: MERGE_CHOICES_LIMIT + 1,
    select: { id: true, name: true, city: true },
  });
  return { choices: rows.slice(0, MERGE_CHOICES_LIMIT), hasMore: rows.length > MERGE_CHOICES_LIMIT };
}
