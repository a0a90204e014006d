import "server-only";
import type { RencontreUpdateInput } from "@/lib/schemas/rencontre-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { rencontreFields } from "./rencontre-fields";

/** Saves a rencontre's own fields (admins only); refused with CONFLICT if it changed since it was read. */
export async function updateRencontre(actor: Actor, id: string, input: RencontreUpdateInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const { version, ...fields } = input;
  const audit = { action: "UPDATE" as const, entityType: "Rencontre", entityId: id, rencontreId: id, summary: `Modification de la rencontre « ${fields.title} »` };
  await writeCatalogue(actor, { audit, rencontre: id, publicPages: "stale-while-revalidate" }, async (tx) => {
    const current = await tx.rencontre.findUnique({ where: { id }, select: { id: true } });
    if (!current) throw notFound("Rencontre");
    const updated = await tx.rencontre.updateMany({ where: { id, version }, data: { ...rencontreFields(fields), version: { increment: 1 } } });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette rencontre a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.");
  });
  return { version: version + 1 };
}
