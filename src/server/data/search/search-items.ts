import "server-only";
import { PAGE_SIZE, type CatalogueFilters, type IdeaStatusValue } from "@/lib/schemas/catalogue";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { ITEMS_FROM as FROM, itemsWhere as where, resolveCatalogueFilters as resolve, type FacetName, type ItemKindValue } from "./item-filters";

export type { ItemKindValue };
/** How many rencontres the rencontre filter offers. */
export const RENCONTRE_FACET_SIZE = 24;

export type FacetValue = { value: string; label: string; count: number; selected: boolean };
type Count = { value: string; n: number | bigint };
const toNumber = (n: number | bigint) => Number(n);

export type CatalogueItem = {
  id: string;
  kind: ItemKindValue;
  slug: string | null;
  text: string;
  status: IdeaStatusValue | null;
  themes: { slug: string; name: string }[];
  table: { number: number };
  rencontre: { slug: string; city: string; date: Date | null; title: string };
  /** Where it and the items linked to it were raised, when more than its own table (null otherwise). */
  recurrence?: { rencontres: number; tables: number } | null;
  /** With words searched: whether its own text matched (false: found by an organisation at its table). */
  matchedInText?: boolean | null;
};
export type CatalogueResult = {
  total: number;
  page: number;
  pageCount: number;
  items: CatalogueItem[];
  facets: Record<FacetName, FacetValue[]> & { annee?: FacetValue[] };
  /** Filter values that match nothing in the catalogue, dropped from the search. */
  unknown: string[];
};

/**
 * The examples or ideas that match the filters: one page of them, the total, and for each
 * filter the count of every value given the other filters (facets).
 */
export const searchItems = cachedPublicRead("searchItems", async (kind: ItemKindValue, filters: CatalogueFilters): Promise<CatalogueResult> => {
  const { resolved: f, unknown, labels } = await resolve(filters);

  const [totalRows, themeRows, rencontreRows, cityRows, statusRows, organisationRows] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`SELECT COUNT(*) AS n ${FROM} ${where(kind, f)}`,
    db.$queryRaw<Count[]>`SELECT it."themeId" AS value, COUNT(*) AS n ${FROM} JOIN "ItemTheme" it ON it."itemId" = i.id ${where(kind, f, "theme")} GROUP BY it."themeId"`,
    db.$queryRaw<Count[]>`SELECT i."rencontreId" AS value, COUNT(*) AS n ${FROM} ${where(kind, f, "rencontre")} GROUP BY i."rencontreId"`,
    db.$queryRaw<(Count & { label: string })[]>`SELECT r."cityKey" AS value, MAX(r.city) AS label, COUNT(*) AS n ${FROM} ${where(kind, f, "ville")} GROUP BY r."cityKey"`,
    kind === "IDEA"
      ? db.$queryRaw<Count[]>`SELECT i.status AS value, COUNT(*) AS n ${FROM} ${where(kind, f, "statut")} GROUP BY i.status`
      : Promise.resolve([] as Count[]),
    db.$queryRaw<Count[]>`SELECT value, COUNT(DISTINCT id) AS n FROM (
        SELECT m."organisationId" AS value, i.id AS id ${FROM} JOIN "ItemMention" m ON m."itemId" = i.id ${where(kind, f, "organisation")}
        UNION ALL
        SELECT p."organisationId" AS value, i.id AS id ${FROM} JOIN "Participation" p ON p."tableId" = i."tableId" ${where(kind, f, "organisation")} AND p."organisationId" IS NOT NULL
      ) AS org GROUP BY value ORDER BY n DESC, value LIMIT 12`,
  ]);

  const total = toNumber(totalRows[0]?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = filters.page;
  const idRows =
    page <= pageCount
      ? await db.$queryRaw<{ id: string }[]>`SELECT i.id ${FROM} JOIN "Table" t ON t.id = i."tableId" ${where(kind, f)}
          ORDER BY r.date DESC NULLS LAST, r.slug, t.number, i.position LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`
      : [];

  const ids = idRows.map((r) => r.id);
  const [rows, themes, rencontres, organisations] = await Promise.all([
    db.item.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        kind: true,
        slug: true,
        text: true,
        status: true,
        themes: { select: { theme: { select: { slug: true, name: true, position: true } } } },
        table: { select: { number: true } },
        rencontre: { select: { slug: true, city: true, date: true, title: true } },
      },
    }),
    db.theme.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    db.rencontre.findMany({
      where: { id: { in: rencontreRows.map((r) => r.value) } },
      orderBy: { date: "desc" },
      select: { id: true, slug: true, city: true, date: true },
    }),
    db.organisation.findMany({ where: { id: { in: organisationRows.map((r) => r.value) } }, select: { id: true, slug: true, name: true } }),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: CatalogueItem[] = ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [{
      ...row,
      themes: row.themes.map((t) => t.theme).sort((a, b) => a.position - b.position).map(({ slug, name }) => ({ slug, name })),
    }];
  });

  const countOf = (rowsOf: Count[], value: string) => toNumber(rowsOf.find((r) => r.value === value)?.n ?? 0);
  const selectedOrganisation = f.organisationId;
  const organisationFacet = organisationRows.map((r) => {
    const org = organisations.find((o) => o.id === r.value);
    return { value: org?.slug ?? r.value, label: org?.name ?? r.value, count: toNumber(r.n), selected: r.value === selectedOrganisation };
  });
  if (selectedOrganisation && !organisationFacet.some((o) => o.selected)) {
    organisationFacet.unshift({ value: filters.organisation!, label: labels.get(selectedOrganisation) ?? filters.organisation!, count: 0, selected: true });
  }

  return {
    total,
    page,
    pageCount,
    items,
    unknown,
    facets: {
      theme: themes
        .map((t) => ({ value: t.slug, label: t.name, count: countOf(themeRows, t.id), selected: f.themeIds.includes(t.id) }))
        .filter((t) => t.count > 0 || t.selected),
      // The most recent rencontres only (and the chosen one): older ones are reached from their own page.
      rencontre: rencontres
        .filter((r, index) => index < RENCONTRE_FACET_SIZE || r.id === f.rencontreId)
        .map((r) => ({
          value: r.slug,
          label: `${r.city}${r.date ? ` ${r.date.getUTCFullYear()}` : ""}`,
          count: countOf(rencontreRows, r.id),
          selected: r.id === f.rencontreId,
        })),
      ville: cityRows
        .map((c) => ({ value: c.value, label: c.label, count: toNumber(c.n), selected: c.value === f.cityKey }))
        .sort((a, b) => a.label.localeCompare(b.label, "fr")),
      statut: statusRows.map((s) => ({ value: s.value, label: s.value, count: toNumber(s.n), selected: f.statuses.includes(s.value as IdeaStatusValue) })),
      organisation: organisationFacet,
    },
  };
});
