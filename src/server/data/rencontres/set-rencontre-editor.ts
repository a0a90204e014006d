import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeAdmin } from "@/server/data/write/write-catalogue";

/** Invites a rapporteur to a rencontre, or withdraws the invitation (admins only). */
export async function setRencontreEditor(actor: Actor, rencontreId: string, email: string, invited: boolean): Promise<void> {
  assertOrganiser(actor);
  const audit = (rencontre: { city: string }) => ({
    action: "INVITE" as const,
    entityType: "Rencontre",
    entityId: rencontreId,
    rencontreId,
    summary: `${invited ? "Invitation de" : "Fin de l'invitation de"} ${email} (${rencontre.city})`,
  });
  await writeAdmin(actor, { audit, refresh: [`/admin/rencontres/${rencontreId}`] }, async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id: rencontreId }, select: { id: true, city: true } });
    if (!rencontre) throw notFound("Rencontre");
    const user = await tx.user.findUnique({ where: { email }, select: { id: true, role: true } });
    if (!user) throw new DataError("INVALID", "Aucun compte n'a cette adresse : créez-le d'abord (npm run admin:create -- --role rapporteur).", "email");
    if (user.role === "ADMIN") throw new DataError("INVALID", "Ce compte est organisateur : il a déjà accès à toutes les rencontres.", "email");
    if (invited) {
      await tx.rencontreEditor.upsert({ where: { rencontreId_userId: { rencontreId, userId: user.id } }, create: { rencontreId, userId: user.id }, update: {} });
    } else {
      await tx.rencontreEditor.deleteMany({ where: { rencontreId, userId: user.id } });
    }
    return rencontre;
  });
}
