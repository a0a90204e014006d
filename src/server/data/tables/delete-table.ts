import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/** Deletes a table with everything entered at it (admins only); refused with CONFLICT if it changed since it was read. */
export async function deleteTable(actor: Actor, tableId: string, version: number): Promise<{ rencontreId: string; number: number }> {
  assertOrganiser(actor);
  const audit = (t: { rencontreId: string; number: number; city: string; items: number }) => ({
    action: "DELETE" as const,
    entityType: "Table",
    entityId: tableId,
    rencontreId: t.rencontreId,
    summary: `Suppression de la table ${t.number} (${t.city}) et de ses ${t.items} exemples et pistes`,
  });
  const { rencontreId, number } = await writeCatalogue(actor, { audit, rencontre: (t) => t.rencontreId, publicPages: "stale-while-revalidate" }, async (tx) => {
    const table = await tx.table.findUnique({ where: { id: tableId }, select: { number: true, rencontreId: true, rencontre: { select: { city: true } }, _count: { select: { items: true } } } });
    if (!table) throw notFound("Table");
    const deleted = await tx.table.deleteMany({ where: { id: tableId, version } });
    if (deleted.count === 0) throw new DataError("CONFLICT", "Cette table a été modifiée depuis que vous l'avez ouverte : rechargez la page avant de la supprimer.");
    return { rencontreId: table.rencontreId, number: table.number, city: table.rencontre.city, items: table._count.items };
  });
  return { rencontreId, number };
}
