import "server-only";
import { IDEA_STATUSES, type IdeaStatusValue } from "@/lib/schemas/catalogue";
import { ORGANISATION_KINDS, type OrganisationKindValue } from "@/lib/schemas/organisation";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { findRecurringIdeas, type RecurringIdea } from "./find-recurring-ideas";

export type StatusCounts = Record<IdeaStatusValue, number>;
export type ObservatoryRencontre = { slug: string; title: string; city: string; cityKey: string; year: number | null; ideas: number };
/** A city of the published rencontres (its key is the catalogue's `ville` filter). */
export type ObservatoryCity = { key: string; name: string; ideas: number };
/** A year of the published rencontres; `rencontre` is its only rencontre's slug, when it has one only. */
export type ObservatoryYear = { year: number | null; ideas: number; rencontre: string | null };
/**
 * A theme's row (or the row of the ideas without a theme, slug null): its ideas at each
 * rencontre, city and year (in the order of `rencontres`, `cities` and `years`) and by status.
 */
export type ObservatoryThemeRow = {
  slug: string | null;
  name: string;
  total: number;
  byRencontre: number[];
  byCity: number[];
  byYear: number[];
  byStatus: StatusCounts;
};
export type OrganisationBalance = { rencontre: ObservatoryRencontre; byKind: Record<OrganisationKindValue, number>; total: number };

export type Observatory = {
  rencontres: ObservatoryRencontre[];
  cities: ObservatoryCity[];
  years: ObservatoryYear[];
  themes: ObservatoryThemeRow[];
  unthemed: ObservatoryThemeRow;
  recurring: RecurringIdea[];
  organisations: OrganisationBalance[];
};

type Count = { n: number | bigint };

const zeroStatuses = (): StatusCounts => Object.fromEntries(IDEA_STATUSES.map((s) => [s.value, 0])) as StatusCounts;
const zeroKinds = () => Object.fromEntries(ORGANISATION_KINDS.map((k) => [k, 0])) as Record<OrganisationKindValue, number>;

/**
 * The figures of /observatoire, across the published rencontres: ideas by theme and
 * rencontre (its city and year), by theme and follow-up status, the most recurring ideas, and
 * the organisations at each rencontre's tables by kind. Four GROUP BY queries whose results’
 * size depends on the numbers of themes and rencontres, not of ideas, though they read every
 * published idea (about 0.3 s at 50,000 ideas on SQLite, docs/performance.md): computed once per
 * catalogue version (the page itself is cached whole, docs/decisions/0006).
 */
export const getObservatory = cachedPublicRead("getObservatory", async (): Promise<Observatory> => {
  const [themes, rencontres, totals, counts, kinds, recurring] = await Promise.all([
    db.theme.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    db.rencontre.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ date: "asc" }, { city: "asc" }, { slug: "asc" }],
      select: { id: true, slug: true, title: true, city: true, cityKey: true, date: true },
    }),
    db.item.groupBy({ by: ["rencontreId"], where: { kind: "IDEA", rencontre: { status: "PUBLISHED" } }, _count: { _all: true } }),
    // One pass over the published ideas and their themes: by rencontre, status and theme (null: no theme).
    db.$queryRaw<(Count & { rencontreId: string; status: IdeaStatusValue | null; themeId: string | null })[]>`SELECT i."rencontreId" AS "rencontreId",
      i.status AS status, it."themeId" AS "themeId", COUNT(*) AS n
      FROM "Item" i JOIN "Rencontre" r ON r.id = i."rencontreId" LEFT JOIN "ItemTheme" it ON it."itemId" = i.id
      WHERE i.kind = 'IDEA' AND r.status = 'PUBLISHED' GROUP BY i."rencontreId", i.status, it."themeId"`,
    db.$queryRaw<(Count & { rencontreId: string; kind: OrganisationKindValue })[]>`SELECT t."rencontreId" AS "rencontreId", o.kind AS kind, COUNT(DISTINCT o.id) AS n
      FROM "Participation" p JOIN "Table" t ON t.id = p."tableId" JOIN "Rencontre" r ON r.id = t."rencontreId"
      JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE r.status = 'PUBLISHED' GROUP BY t."rencontreId", o.kind`,
    findRecurringIdeas(),
  ]);

  const index = new Map(rencontres.map((r, i) => [r.id, i]));
  const emptyRow = (slug: string | null, name: string): ObservatoryThemeRow => ({
    slug,
    name,
    total: 0,
    byRencontre: rencontres.map(() => 0),
    byCity: [],
    byYear: [],
    byStatus: zeroStatuses(),
  });
  const rows = new Map(themes.map((t) => [t.id, emptyRow(t.slug, t.name)]));
  const unthemed = emptyRow(null, "Sans thème");
  const ideasPerRencontre = rencontres.map(() => 0);

  // An idea with several themes counts in each of them; an idea without a status is "proposée".
  for (const { rencontreId, status, themeId, n } of counts) {
    const row = themeId === null ? unthemed : rows.get(themeId);
    const at = index.get(rencontreId);
    if (!row || at === undefined) continue;
    row.byRencontre[at] = row.byRencontre[at]! + Number(n);
    row.total += Number(n);
    row.byStatus[status ?? "PROPOSEE"] += Number(n);
  }

  const balance = rencontres.map(() => ({ byKind: zeroKinds(), total: 0 }));
  for (const { rencontreId, kind, n } of kinds) {
    const at = index.get(rencontreId);
    if (at === undefined) continue;
    balance[at]!.byKind[kind] = Number(n);
    balance[at]!.total += Number(n);
  }

  for (const t of totals) {
    const at = index.get(t.rencontreId);
    if (at !== undefined) ideasPerRencontre[at] = t._count._all;
  }
  const shown: ObservatoryRencontre[] = rencontres.map((r, i) => ({
    slug: r.slug,
    title: r.title,
    city: r.city,
    cityKey: r.cityKey,
    year: r.date ? r.date.getUTCFullYear() : null,
    ideas: ideasPerRencontre[i]!,
  }));
  const { cities, years } = projections(shown, [...rows.values(), unthemed]);
  return {
    rencontres: shown,
    cities,
    years,
    themes: [...rows.values()],
    unthemed,
    recurring,
    organisations: shown.map((rencontre, i) => ({ rencontre, ...balance[i]! })),
  };
});

/** Cities (most ideas first) and years (in order) of the rencontres, with each row's counts summed into them. */
function projections(rencontres: ObservatoryRencontre[], rows: ObservatoryThemeRow[]) {
  const cities: ObservatoryCity[] = [];
  const years: ObservatoryYear[] = [];
  const cityOf = rencontres.map((r) => {
    let at = cities.findIndex((c) => c.key === r.cityKey);
    if (at < 0) at = cities.push({ key: r.cityKey, name: r.city, ideas: 0 }) - 1;
    cities[at]!.ideas += r.ideas;
    return at;
  });
  const yearOf = rencontres.map((r) => {
    let at = years.findIndex((y) => y.year === r.year);
    if (at < 0) at = years.push({ year: r.year, ideas: 0, rencontre: r.slug }) - 1;
    else years[at]!.rencontre = null;
    years[at]!.ideas += r.ideas;
    return at;
  });
  const cityOrder = cities.map((_, i) => i).sort((a, b) => cities[b]!.ideas - cities[a]!.ideas || cities[a]!.name.localeCompare(cities[b]!.name, "fr"));
  for (const row of rows) {
    const byCity = cities.map(() => 0);
    const byYear = years.map(() => 0);
    row.byRencontre.forEach((n, i) => {
      const city = cityOf[i]!;
      const year = yearOf[i]!;
      byCity[city] = byCity[city]! + n;
      byYear[year] = byYear[year]! + n;
    });
    row.byCity = cityOrder.map((i) => byCity[i]!);
    row.byYear = byYear;
  }
  return { cities: cityOrder.map((i) => cities[i]!), years };
}
