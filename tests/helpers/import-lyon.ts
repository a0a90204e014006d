import { systemActor } from "@/server/actor";
import { db } from "@/server/db";
import { importCompteRendu } from "@/server/import/import-compte-rendu";
import { LYON_2024 } from "./reworded-rencontre";

/** Imports the reworded Lyon 2024 compte rendu (a draft unless `publish`), as the recurrence tests need it; returns its id. */
export async function importLyon2024(options: { publish?: boolean } = {}): Promise<string> {
  const outcome = await importCompteRendu(systemActor("test"), Buffer.from(LYON_2024), { city: "Lyon", date: "2024-05-16", ...options });
  if (!outcome.ok) throw new Error(outcome.error);
  return (await db.rencontre.findFirstOrThrow({ where: { city: "Lyon" }, select: { id: true } })).id;
}
