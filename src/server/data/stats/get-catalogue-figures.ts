import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

export type CatalogueFigures = { rencontres: number; tables: number; participants: number; ideas: number; examples: number };

/** What the public catalogue holds: published rencontres only. */
export const getCatalogueFigures = cachedPublicRead("getCatalogueFigures", async (): Promise<CatalogueFigures> => {
  const published = { status: "PUBLISHED" as const };
  const [rencontres, tables, participants, ideas, examples] = await Promise.all([
    db.rencontre.count({ where: published }),
    db.table.count({ where: { rencontre: published } }),
    db.participation.count({ where: { table: { rencontre: published } } }),
    db.item.count({ where: { kind: "IDEA", rencontre: published } }),
    db.item.count({ where: { kind: "EXAMPLE", rencontre: published } }),
  ]);
  return { rencontres, tables, participants, ideas, examples };
});
