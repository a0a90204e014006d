import "server-only";
import type { ApiRencontre } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site-url";
import { isoDay } from "@/lib/text/format";
import { db } from "@/server/db";

/**
 * One page of the published rencontres for the read API, by keyset on the id: in a city
 * (cityKey) and/or a year, like /rencontres. `limit + 1` rows are read to know whether a next page exists.
 */
export async function findPublicRencontres(input: { ville: string | null; annee: number | null; after: string | null; limit: number }) {
  const rows = await db.rencontre.findMany({
    where: {
      status: "PUBLISHED",
      ...(input.ville ? { cityKey: input.ville } : {}),
      ...(input.annee ? { date: { gte: new Date(Date.UTC(input.annee, 0, 1)), lt: new Date(Date.UTC(input.annee + 1, 0, 1)) } } : {}),
      ...(input.after ? { id: { gt: input.after } } : {}),
    },
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: { id: true, slug: true, title: true, subtitle: true, edition: true, city: true, territory: true, date: true, venueName: true },
  });
  const site = siteUrl();
  return rows.map(
    (r): ApiRencontre => ({
      id: r.id,
      slug: r.slug,
      titre: r.title,
      sous_titre: r.subtitle,
      edition: r.edition,
      ville: r.city,
      territoire: r.territory,
      date: isoDay(r.date) ?? null,
      lieu: r.venueName,
      adresse: `${site}/rencontres/${r.slug}`,
    }),
  );
}
