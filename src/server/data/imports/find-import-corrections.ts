import "server-only";
import { ImportCorrectionsSchema, type ImportCorrections } from "@/lib/import/outline";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

/** The corrections an organiser made when this text was imported before, if any (organisers only). */
export async function findImportCorrections(actor: Actor, sourceHash: string): Promise<ImportCorrections | null> {
  assertOrganiser(actor);
  const row = await db.importCorrection.findUnique({ where: { sourceHash }, select: { corrections: true } });
  if (!row) return null;
  const parsed = ImportCorrectionsSchema.safeParse(JSON.parse(row.corrections));
  return parsed.success ? parsed.data : null;
}
