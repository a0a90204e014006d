import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

export type RencontreListItem = {
  slug: string;
  title: string;
  city: string;
  date: Date | null;
  venueName: string | null;
  tables: number;
  participants: number;
  ideas: number;
  examples: number;
};

/**
 * Published rencontres, newest first, in a city (cityKey) and/or a year, with the counts of
 * every city and year given the other filter. Unknown values are reported, not applied.
 */
export const findRencontres = cachedPublicRead("findRencontres", async (ville: string | null, annee: number | null) => {
  const all = await db.rencontre.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ date: "desc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, city: true, cityKey: true, date: true, venueName: true },
  });
  const yearOf = (d: Date | null) => d?.getUTCFullYear() ?? null;
  const unknown: string[] = [];
  const city = ville && all.some((r) => r.cityKey === ville) ? ville : null;
  if (ville && !city) unknown.push(`ville « ${ville} »`);
  const year = annee && all.some((r) => yearOf(r.date) === annee) ? annee : null;
  if (annee && !year) unknown.push(`année « ${annee} »`);

  const inCity = (r: (typeof all)[number]) => !city || r.cityKey === city;
  const inYear = (r: (typeof all)[number]) => !year || yearOf(r.date) === year;
  const shown = all.filter((r) => inCity(r) && inYear(r));

  const cities = new Map<string, { value: string; label: string; count: number }>();
  for (const r of all.filter(inYear)) cities.set(r.cityKey, { value: r.cityKey, label: r.city, count: (cities.get(r.cityKey)?.count ?? 0) + 1 });
  const years = new Map<number, number>();
  for (const r of all.filter(inCity)) {
    const y = yearOf(r.date);
    if (y) years.set(y, (years.get(y) ?? 0) + 1);
  }

  const ids = shown.map((r) => r.id);
  const [tableCounts, participantCounts, itemCounts] = await Promise.all([
    db.table.groupBy({ by: ["rencontreId"], where: { rencontreId: { in: ids } }, _count: { _all: true } }),
    db.participation.findMany({ where: { table: { rencontreId: { in: ids } } }, select: { table: { select: { rencontreId: true } } } }),
    db.item.groupBy({ by: ["rencontreId", "kind"], where: { rencontreId: { in: ids } }, _count: { _all: true } }),
  ]);
  const participants = new Map<string, number>();
  for (const p of participantCounts) participants.set(p.table.rencontreId, (participants.get(p.table.rencontreId) ?? 0) + 1);

  return {
    unknown,
    selected: { ville: city, annee: year },
    cities: [...cities.values()].sort((a, b) => a.label.localeCompare(b.label, "fr")),
    years: [...years].sort((a, b) => b[0] - a[0]).map(([value, count]) => ({ value, count })),
    rencontres: shown.map(({ id, cityKey: _c, ...r }): RencontreListItem => ({
      ...r,
      tables: tableCounts.find((t) => t.rencontreId === id)?._count._all ?? 0,
      participants: participants.get(id) ?? 0,
      ideas: itemCounts.find((c) => c.rencontreId === id && c.kind === "IDEA")?._count._all ?? 0,
      examples: itemCounts.find((c) => c.rencontreId === id && c.kind === "EXAMPLE")?._count._all ?? 0,
    })),
  };
});
