import "server-only";
import type { NewTableInput } from "@/lib/schemas/table-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { recordAudit } from "@/server/data/audit/record-audit";

/** Adds an empty table to a rencontre (admins only); its number must be free. */
export async function createTable(actor: Actor, rencontreId: string, input: NewTableInput): Promise<{ id: string; number: number }> {
  assertOrganiser(actor);
  return db.$transaction(async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id: rencontreId }, select: { id: true, city: true } });
    if (!rencontre) throw notFound("Rencontre");
    if (await tx.table.findFirst({ where: { rencontreId, number: input.number }, select: { id: true } })) {
      throw new DataError("INVALID", `La table ${input.number} existe déjà dans cette rencontre.`, "number");
    }
    const table = await tx.table.create({ data: { rencontreId, number: input.number, title: input.title }, select: { id: true, number: true } });
    await recordAudit(tx, actor, { action: "CREATE", entityType: "Table", entityId: table.id, rencontreId, summary: `Ajout de la table ${input.number} (${rencontre.city})` });
    return table;
  });
}
