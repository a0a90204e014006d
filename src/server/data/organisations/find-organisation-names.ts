import "server-only";
import { db } from "@/server/db";

/** Organisations' names in alphabetical order (all of them unless `take` says otherwise): for the importer, and the forms' suggestions. */
export async function findOrganisationNames(take?: number): Promise<string[]> {
  const rows = await db.organisation.findMany({ select: { name: true }, orderBy: { name: "asc" }, take });
  return rows.map((r) => r.name);
}
