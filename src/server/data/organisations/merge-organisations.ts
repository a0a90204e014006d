import "server-only";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { itemsLinkedTo, rebuildSearchText } from "./rebuild-search-text";

/**
 * Merges a duplicate into the organisation kept (admins only), in one transaction: its
 * participants, speakers, citations and organiser or partner roles move to the kept one
 * (a link both already had is kept once), the kept one's empty fields take the
 * duplicate's values, the duplicate is deleted and the search text of the items concerned
 * is rebuilt.
 */
export async function mergeOrganisations(actor: Actor, duplicateId: string, keepId: string): Promise<{ keepId: string; slug: string }> {
  assertOrganiser(actor);
  if (duplicateId === keepId) throw new DataError("INVALID", "Choisissez une autre organisation que celle-ci.", "keepId");
  const audit = (merge: { summary: string }) => ({ action: "MERGE" as const, entityType: "Organisation", entityId: keepId, summary: merge.summary });
  const { slug } = await writeCatalogue(actor, { audit }, async (tx) => {
    const fields = { name: true, slug: true, kind: true, city: true, website: true, description: true } as const;
    const [duplicate, keep] = await Promise.all([
      tx.organisation.findUnique({ where: { id: duplicateId }, select: fields }),
      tx.organisation.findUnique({ where: { id: keepId }, select: fields }),
    ]);
    if (!duplicate) throw notFound("Organisation");
    if (!keep) throw new DataError("NOT_FOUND", "L’organisation choisie n’existe plus : rechargez la page.", "keepId");
    const items = await itemsLinkedTo(tx, duplicateId);

    const participations = await tx.participation.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });
    const speakers = await tx.speaker.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });

    // Composite keys: a link the kept organisation already has is dropped, not moved.
    const citedByKeep = (await tx.itemMention.findMany({ where: { organisationId: keepId }, select: { itemId: true } })).map((m) => m.itemId);
    await tx.itemMention.deleteMany({ where: { organisationId: duplicateId, itemId: { in: citedByKeep } } });
    const mentions = await tx.itemMention.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });
    const keepRoles = await tx.rencontreOrganisation.findMany({ where: { organisationId: keepId }, select: { rencontreId: true, role: true } });
    for (const { rencontreId, role } of keepRoles) await tx.rencontreOrganisation.deleteMany({ where: { organisationId: duplicateId, rencontreId, role } });
    const roles = await tx.rencontreOrganisation.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });

    await tx.organisation.delete({ where: { id: duplicateId } });
    await tx.organisation.update({
      where: { id: keepId },
      data: {
        kind: keep.kind === "NON_RENSEIGNE" ? duplicate.kind : keep.kind,
        city: keep.city ?? duplicate.city,
        website: keep.website ?? duplicate.website,
        description: keep.description ?? duplicate.description,
        version: { increment: 1 },
      },
    });
    await rebuildSearchText(tx, items);

    const summary =
      `Organisation « ${duplicate.name} » (${duplicate.slug}) fusionnée dans « ${keep.name} » : ${plural(participations.count, "participation")}, ` +
      `${plural(speakers.count, "intervention")}, ${plural(mentions.count, "citation")}, ${plural(roles.count, "rôle d’organisateur ou partenaire", "rôles d’organisateur ou partenaire")}`;
    return { slug: keep.slug, summary };
  });
  return { keepId, slug };
}
