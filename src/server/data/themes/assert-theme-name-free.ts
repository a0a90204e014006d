import "server-only";
import type { Tx } from "@/server/db";
import { DataError } from "@/server/errors";

/** Refuses a name that another theme already has, whatever its case and accents. */
export async function assertThemeNameFree(tx: Tx, nameKey: string, exceptId?: string): Promise<void> {
  const other = await tx.theme.findUnique({ where: { nameKey }, select: { id: true, name: true } });
  if (other && other.id !== exceptId) throw new DataError("INVALID", `Le thème « ${other.name} » existe déjà : choisissez un autre nom, ou fusionnez les deux thèmes.`, "name");
}
