import "server-only";
import { db } from "@/server/db";

/** Every public address: published rencontres and their tables, themes, organisations present in them. */
export async function findSitemapEntries() {
  const published = { status: "PUBLISHED" as const };
  const [rencontres, themes, organisations] = await Promise.all([
    db.rencontre.findMany({ where: published, orderBy: { date: "desc" }, select: { slug: true, updatedAt: true, tables: { select: { number: true }, orderBy: { number: "asc" } } } }),
    db.theme.findMany({ orderBy: { position: "asc" }, select: { slug: true, updatedAt: true } }),
    db.organisation.findMany({
      where: {
        OR: [
          { participations: { some: { table: { rencontre: published } } } },
          { mentions: { some: { item: { rencontre: published } } } },
          { speakers: { some: { rencontre: published } } },
          { rencontres: { some: { rencontre: published } } },
        ],
      },
      orderBy: { nameKey: "asc" },
      select: { slug: true, updatedAt: true },
    }),
  ]);
  return { rencontres, themes, organisations };
}
