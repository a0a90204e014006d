import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { forgetCatalogueVersion } from "@/server/cache";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/data/audit/record-audit";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";

/** Deletes a table with everything entered at it (admins only); refused with CONFLICT if it changed since it was read. */
export async function deleteTable(actor: Actor, tableId: string, version: number): Promise<{ rencontreId: string; number: number }> {
  assertOrganiser(actor);
  const result = await db.$transaction(async (tx) => {
    const table = await tx.table.findUnique({ where: { id: tableId }, select: { number: true, rencontreId: true, rencontre: { select: { city: true } }, _count: { select: { items: true } } } });
    if (!table) throw notFound("Table");
    const deleted = await tx.table.deleteMany({ where: { id: tableId, version } });
    if (deleted.count === 0) throw new DataError("CONFLICT", "Cette table a été modifiée depuis que vous l'avez ouverte : rechargez la page avant de la supprimer.");
    await bumpCatalogueVersion(tx);
    await recordAudit(tx, actor, {
      action: "DELETE",
      entityType: "Table",
      entityId: tableId,
      rencontreId: table.rencontreId,
      summary: `Suppression de la table ${table.number} (${table.rencontre.city}) et de ses ${table._count.items} exemples et pistes`,
    });
    return { rencontreId: table.rencontreId, number: table.number };
  });
  forgetCatalogueVersion();
  return result;
}
