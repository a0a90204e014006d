import "server-only";
import { NO_THEME } from "@/lib/schemas/catalogue";
import { slugify } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";
import { DataError } from "@/server/errors";

/**
 * Refuses a name that another theme already has, whatever its case and accents, and one whose
 * address would be the catalogue's « Sans thème » filter value (?theme=sans-theme).
 */
export async function assertThemeNameFree(tx: Tx, nameKey: string, exceptId?: string): Promise<void> {
  if (slugify(nameKey) === NO_THEME) {
    throw new DataError("INVALID", "«\u202fSans thème\u202f» désigne déjà les pistes qui n’ont pas de thème\u00a0: choisissez un autre nom.", "name");
  }
  const other = await tx.theme.findUnique({ where: { nameKey }, select: { id: true, name: true } });
  if (other && other.id !== exceptId) throw new DataError("INVALID", `Le thème « ${other.name} » existe déjà : choisissez un autre nom, ou fusionnez les deux thèmes.`, "name");
}
