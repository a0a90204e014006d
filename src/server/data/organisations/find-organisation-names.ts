import "server-only";
import { db } from "@/server/db";

/** Every organisation's name, so that the importer recognises them when a text cites them. */
export async function findOrganisationNames(): Promise<string[]> {
  const rows = await db.organisation.findMany({ select: { name: true }, orderBy: { name: "asc" } });
  return rows.map((r) => r.name);
}
