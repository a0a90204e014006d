import "server-only";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/**
 * Erases a person: their participations, their places on round tables and their record,
 * in one transaction. The tables they sat at get a new version, so a table form opened
 * before cannot bring them back. The audit entry keeps only the id and the counts.
 */
export async function erasePerson(actor: Actor, id: string): Promise<{ participations: number; speakers: number }> {
  assertOrganiser(actor);
  const audit = ({ participations, speakers }: { participations: number; speakers: number }) => ({
    action: "ERASE" as const,
    entityType: "Person",
    entityId: id,
    personId: id,
    summary: `Effacement d’une personne (${plural(participations, "participation")}, ${plural(speakers, "intervention")} en table ronde)`,
  });
  return writeCatalogue(actor, { audit }, async (tx) => {
    const person = await tx.person.findUnique({ where: { id }, select: { id: true, participations: { select: { tableId: true } } } });
    if (!person) throw notFound("Personne");
    const tableIds = [...new Set(person.participations.map((p) => p.tableId))];
    const participations = (await tx.participation.deleteMany({ where: { personId: id } })).count;
    const speakers = (await tx.speaker.deleteMany({ where: { personId: id } })).count;
    await tx.person.delete({ where: { id } });
    if (tableIds.length > 0) await tx.table.updateMany({ where: { id: { in: tableIds } }, data: { version: { increment: 1 } } });
    return { participations, speakers };
  });
}
