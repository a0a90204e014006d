import "server-only";
import { IDEA_STATUSES, type IdeaStatusValue } from "@/lib/schemas/catalogue";
import { ORGANISATION_KINDS, type OrganisationKindValue } from "@/lib/schemas/organisation";
import { Prisma } from "@/generated/prisma/client";
import { projectRencontres, type ObservatoryCity, type ObservatoryYear } from "@/lib/observatory/projections";
import { rowOf } from "@/lib/search/ragged";
import { db } from "@/server/db";
import { fromFacetIndex, type FacetIndex } from "@/server/data/search/facet-index";
import { findRecurringIdeas, type RecurringIdea } from "./find-recurring-ideas";

export type StatusCounts = Record<IdeaStatusValue, number>;
export type ObservatoryRencontre = { slug: string; title: string; city: string; cityKey: string; year: number | null; ideas: number };
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

/** The organisations' balance is shown for the latest rencontres only (its query reads their tables alone). */
export const BALANCE_RENCONTRES = 24;

/**
 * The figures of /observatoire, across the published rencontres: ideas by theme and
 * rencontre (its city and year), by theme and follow-up status, the most recurring ideas, and
 * the organisations at the latest rencontres' tables by kind. The counts come from the
 * catalogue version's facet index (one pass over its typed arrays, docs/decisions/0013); the
 * database is asked for the rencontres, the balance of the 24 latest and the 10 recurring ideas.
 * Worked out once per index, in the background when the server builds a new one.
 */
export const getObservatory = fromFacetIndex("observatoire", async (index: FacetIndex): Promise<Observatory> => {
  const rencontres = await db.rencontre.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ date: "asc" }, { city: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, title: true, city: true, cityKey: true, date: true },
  });
  const latest = rencontres.slice(-BALANCE_RENCONTRES);
  const [kinds, recurring] = await Promise.all([
    latest.length === 0
      ? []
      : db.$queryRaw<(Count & { rencontreId: string; kind: OrganisationKindValue })[]>`SELECT t."rencontreId" AS "rencontreId", o.kind AS kind, COUNT(DISTINCT o.id) AS n
      FROM "Participation" p JOIN "Table" t ON t.id = p."tableId" JOIN "Organisation" o ON o.id = p."organisationId"
      WHERE t."rencontreId" IN (${Prisma.join(latest.map((r) => r.id))}) GROUP BY t."rencontreId", o.kind`,
    findRecurringIdeas(index),
  ]);

  const at = new Map(rencontres.map((r, i) => [r.id, i]));
  // The index's rencontre numbers → this list's order (a rencontre published since the index was built counts 0).
  const position = index.rencontres.map((r) => at.get(r.id) ?? -1);
  const emptyRow = (slug: string | null, name: string): ObservatoryThemeRow => ({
    slug,
    name,
    total: 0,
    byRencontre: rencontres.map(() => 0),
    byCity: [],
    byYear: [],
    byStatus: zeroStatuses(),
  });
  const rows = index.themes.map((t) => emptyRow(t.slug, t.name));
  const unthemed = emptyRow(null, "Sans thème");
  const ideasPerRencontre = rencontres.map(() => 0);

  // An idea with several themes counts in each of them; an idea without a status is "proposée".
  const ideas = index.kinds.IDEA;
  for (let i = 0; i < ideas.size; i += 1) {
    const r = position[ideas.rencontre[i]!]!;
    if (r < 0) continue;
    ideasPerRencontre[r]! += 1;
    const status = IDEA_STATUSES[ideas.status[i]! - 1]?.value ?? "PROPOSEE";
    const themes = rowOf(ideas.themes, i);
    for (const row of themes.length === 0 ? [unthemed] : Array.from(themes, (t) => rows[t]!)) {
      row.byRencontre[r]! += 1;
      row.total += 1;
      row.byStatus[status] += 1;
    }
  }

  const balance = rencontres.map(() => ({ byKind: zeroKinds(), total: 0 }));
  for (const { rencontreId, kind, n } of kinds) {
    const r = at.get(rencontreId);
    if (r === undefined) continue;
    balance[r]!.byKind[kind] = Number(n);
    balance[r]!.total += Number(n);
  }
  const shown: ObservatoryRencontre[] = rencontres.map((r, i) => ({
    slug: r.slug,
    title: r.title,
    city: r.city,
    cityKey: r.cityKey,
    year: r.date ? r.date.getUTCFullYear() : null,
    ideas: ideasPerRencontre[i]!,
  }));
  const all = [...rows, unthemed];
  const { cities, years, byCity, byYear } = projectRencontres(shown, all);
  all.forEach((row, i) => {
    row.byCity = byCity[i]!;
    row.byYear = byYear[i]!;
  });
  return {
    rencontres: shown,
    cities,
    years,
    themes: rows,
    unthemed,
    recurring,
    organisations: shown.map((rencontre, i) => ({ rencontre, ...balance[i]! })).slice(-BALANCE_RENCONTRES),
  };
});
