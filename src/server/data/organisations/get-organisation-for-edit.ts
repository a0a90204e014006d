import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { OrganisationUses, usesSelect } from "./organisation-uses";

/** An organisation's fields for its edit form, with how often it is used; null when missing (admins only). */
export async function getOrganisationForEdit(actor: Actor, id: string) {
  assertOrganiser(actor);
  const org = await db.organisation.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, kind: true, city: true, website: true, description: true, version: true, ...usesSelect },
  });
  if (!org) return null;
  const { _count, ...fields } = org;
  return { ...fields, uses: _count as OrganisationUses };
}
