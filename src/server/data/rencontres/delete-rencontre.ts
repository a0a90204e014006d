import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/data/audit/record-audit";

/**
 * Deletes a draft rencontre and everything in it (admins only). A published one must be
 * unpublished first, so that nothing the public sees disappears by a single click.
 */
export async function deleteRencontre(actor: Actor, id: string, version: number): Promise<void> {
  assertOrganiser(actor);
  await db.$transaction(async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id }, select: { status: true, city: true, title: true } });
    if (!rencontre) throw notFound("Rencontre");
    if (rencontre.status === "PUBLISHED") throw new DataError("INVALID", "Cette rencontre est publiée : retirez-la de la publication avant de la supprimer.");
    const deleted = await tx.rencontre.deleteMany({ where: { id, version, status: "DRAFT" } });
    if (deleted.count === 0) throw new DataError("CONFLICT", "Cette rencontre a été modifiée depuis que vous l'avez ouverte : rechargez la page avant de la supprimer.");
    // The audit entry keeps the rencontre's id, so the journal still lists what happened to it.
    await recordAudit(tx, actor, { action: "DELETE", entityType: "Rencontre", entityId: id, rencontreId: id, summary: `Suppression du brouillon « ${rencontre.title} » (${rencontre.city})` });
  });
}
