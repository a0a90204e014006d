import "server-only";
import type { NewTableInput } from "@/lib/schemas/table-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/** Adds an empty table to a rencontre (admins only); its number must be free. */
export async function createTable(actor: Actor, rencontreId: string, input: NewTableInput): Promise<{ id: string; number: number }> {
  assertOrganiser(actor);
  const audit = (table: { id: string; city: string }) => ({ action: "CREATE" as const, entityType: "Table", entityId: table.id, rencontreId, summary: `Ajout de la table ${input.number} (${table.city})` });
  const { id, number } = await writeCatalogue(actor, { audit, rencontre: rencontreId, publicPages: "stale-while-revalidate" }, async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id: rencontreId }, select: { id: true, city: true } });
    if (!rencontre) throw notFound("Rencontre");
    if (await tx.table.findFirst({ where: { rencontreId, number: input.number }, select: { id: true } })) {
      throw new DataError("INVALID", `La table ${input.number} existe déjà dans cette rencontre.`, "number");
    }
    const table = await tx.table.create({ data: { rencontreId, number: input.number, title: input.title }, select: { id: true, number: true } });
    return { ...table, city: rencontre.city };
  });
  return { id, number };
}
