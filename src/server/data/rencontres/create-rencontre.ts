import "server-only";
import type { RencontreFormInput } from "@/lib/schemas/rencontre-form";
import { slugify } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { rencontreFields, uniqueRencontreSlug } from "./rencontre-fields";

/** Creates a rencontre as a draft (admins only); its slug comes from its city and year. */
export async function createRencontre(actor: Actor, input: RencontreFormInput): Promise<{ id: string; slug: string }> {
  assertOrganiser(actor);
  const audit = (created: { id: string }) => ({
    action: "CREATE" as const,
    entityType: "Rencontre",
    entityId: created.id,
    rencontreId: created.id,
    summary: `Création de la rencontre « ${input.title} » (${input.city})`,
  });
  return writeCatalogue(actor, { audit }, async (tx) => {
    const slug = await uniqueRencontreSlug(tx, slugify(`${input.city} ${input.date?.slice(0, 4) ?? ""}`));
    return tx.rencontre.create({ data: { ...rencontreFields(input), slug, status: "DRAFT" }, select: { id: true, slug: true } });
  });
}
