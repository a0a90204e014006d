import "server-only";
import type { OrganisationFormInput } from "@/lib/schemas/organisation-form";
import { organisationKey } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { itemsLinkedTo, rebuildSearchText } from "./rebuild-search-text";

export const ORGANISATION_CONFLICT_MESSAGE = "Cette organisation a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.";

/**
 * Saves an organisation's fields (admins only). A new name gets a new name key, refused
 * (on the name field) when another organisation already has it: those two are to be
 * merged. The slug stays, so public links keep working. The search text of the items
 * that cite it or sit at its tables follows the new name. A copy read before someone
 * else's save is refused with CONFLICT and nothing is written.
 */
export async function updateOrganisation(actor: Actor, id: string, input: OrganisationFormInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = (current: { name: string; slug: string }) => ({
    action: "UPDATE" as const,
    entityType: "Organisation",
    entityId: id,
    summary: current.name === input.name ? `Modification de l’organisation « ${input.name} »` : `Organisation « ${current.name} » renommée « ${input.name} »`,
  });
  const { version, ...fields } = input;
  const options = { audit, publicPages: "stale-while-revalidate" as const, pages: (o: { slug: string }) => [`/organisations/${o.slug}`] };
  await writeCatalogue(actor, options, async (tx) => {
    const current = await tx.organisation.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!current) throw notFound("Organisation");
    const nameKey = organisationKey(input.name);
    const other = await tx.organisation.findUnique({ where: { nameKey }, select: { id: true, name: true } });
    if (other && other.id !== id) {
      throw new DataError("INVALID", `L’organisation « ${other.name} » porte déjà ce nom : fusionnez plutôt les deux fiches.`, "name");
    }
    const saved = await tx.organisation.updateMany({ where: { id, version }, data: { ...fields, nameKey, version: { increment: 1 } } });
    if (saved.count === 0) throw new DataError("CONFLICT", ORGANISATION_CONFLICT_MESSAGE);
    if (current.name !== input.name) await rebuildSearchText(tx, await itemsLinkedTo(tx, id));
    return current;
  });
  return { version: version + 1 };
}
