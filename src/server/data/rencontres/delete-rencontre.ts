import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/**
 * Deletes a draft rencontre and everything in it (admins only). A published one must be
 * unpublished first, so that nothing the public sees disappears by a single click.
 */
export async function deleteRencontre(actor: Actor, id: string, version: number): Promise<void> {
  assertOrganiser(actor);
  // The audit entry keeps the rencontre's id, so the journal still lists what happened to it.
  const audit = (r: { city: string; title: string }) => ({ action: "DELETE" as const, entityType: "Rencontre", entityId: id, rencontreId: id, summary: `Suppression du brouillon « ${r.title} » (${r.city})` });
  await writeCatalogue(actor, { audit, rencontre: id }, async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id }, select: { status: true, city: true, title: true } });
    if (!rencontre) throw notFound("Rencontre");
    if (rencontre.status === "PUBLISHED") throw new DataError("INVALID", "Cette rencontre est publiée : retirez-la de la publication avant de la supprimer.");
    const deleted = await tx.rencontre.deleteMany({ where: { id, version, status: "DRAFT" } });
    if (deleted.count === 0) throw new DataError("CONFLICT", "Cette rencontre a été modifiée depuis que vous l'avez ouverte : rechargez la page avant de la supprimer.");
    return rencontre;
  });
}
