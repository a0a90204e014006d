import "server-only";
import type { RencontreUpdateInput } from "@/lib/schemas/rencontre-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { forgetCatalogueVersion } from "@/server/cache";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/data/audit/record-audit";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { rencontreFields } from "./rencontre-fields";

/** Saves a rencontre's own fields (admins only); refused with CONFLICT if it changed since it was read. */
export async function updateRencontre(actor: Actor, id: string, input: RencontreUpdateInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const result = await db.$transaction(async (tx) => {
    const current = await tx.rencontre.findUnique({ where: { id }, select: { id: true } });
    if (!current) throw notFound("Rencontre");
    const { version, ...fields } = input;
    const updated = await tx.rencontre.updateMany({ where: { id, version }, data: { ...rencontreFields(fields), version: { increment: 1 } } });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette rencontre a été modifiée par quelqu'un d'autre depuis que vous l'avez ouverte.");
    await bumpCatalogueVersion(tx);
    await recordAudit(tx, actor, { action: "UPDATE", entityType: "Rencontre", entityId: id, rencontreId: id, summary: `Modification de la rencontre « ${fields.title} »` });
    return { version: version + 1 };
  });
  forgetCatalogueVersion();
  return result;
}
