import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { NO_THEME, type CatalogueFilters, type IdeaStatusValue } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import { publicOrganisationWhere } from "@/server/data/organisations/public-organisation-where";
import { textMatchCondition } from "./text-match";

/**
 * The conditions of the public catalogue's filters, shared by its pages (search-items.ts) and
 * its downloads (src/server/data/exports/): both count and list exactly the same items.
 */
export type ItemKindValue = "IDEA" | "EXAMPLE";
export type FacetName = "theme" | "rencontre" | "ville" | "annee" | "statut" | "organisation";

export type ResolvedFilters = {
  themeIds: string[];
  /** "Sans thème" is among the themes: the items without a theme match too. */
  noTheme: boolean;
  rencontreId: string | null;
  cityKey: string | null;
  /** The year, with the published rencontres of that year (the year filter is on those ids). */
  year: { value: number; rencontreIds: string[] } | null;
  statuses: IdeaStatusValue[];
  organisationId: string | null;
  text: Prisma.Sql | null;
};

export const ITEMS_FROM = Prisma.sql`FROM "Item" i JOIN "Rencontre" r ON r.id = i."rencontreId"`;

/** The WHERE clause of the published items of one kind that match the filters (all but `except`, for its facet). */
export function itemsWhere(kind: ItemKindValue, f: ResolvedFilters, except?: FacetName): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`i.kind = ${kind}`, Prisma.sql`r.status = 'PUBLISHED'`];
  if (f.text) c.push(f.text);
  if ((f.themeIds.length > 0 || f.noTheme) && except !== "theme") {
    const any: Prisma.Sql[] = [];
    if (f.themeIds.length > 0) any.push(Prisma.sql`EXISTS (SELECT 1 FROM "ItemTheme" it WHERE it."itemId" = i.id AND it."themeId" IN (${Prisma.join(f.themeIds)}))`);
    if (f.noTheme) any.push(Prisma.sql`NOT EXISTS (SELECT 1 FROM "ItemTheme" it WHERE it."itemId" = i.id)`);
    c.push(Prisma.sql`(${Prisma.join(any, " OR ")})`);
  }
  if (f.rencontreId && except !== "rencontre") c.push(Prisma.sql`i."rencontreId" = ${f.rencontreId}`);
  if (f.cityKey && except !== "ville") c.push(Prisma.sql`r."cityKey" = ${f.cityKey}`);
  if (f.year && except !== "annee") c.push(Prisma.sql`i."rencontreId" IN (${Prisma.join(f.year.rencontreIds)})`);
  if (f.statuses.length > 0 && except !== "statut") c.push(Prisma.sql`i.status IN (${Prisma.join(f.statuses)})`);
  if (f.organisationId && except !== "organisation") {
    c.push(Prisma.sql`(EXISTS (SELECT 1 FROM "ItemMention" m WHERE m."itemId" = i.id AND m."organisationId" = ${f.organisationId})
      OR EXISTS (SELECT 1 FROM "Participation" p WHERE p."tableId" = i."tableId" AND p."organisationId" = ${f.organisationId}))`);
  }
  return Prisma.sql`WHERE ${Prisma.join(c, " AND ")}`;
}

/**
 * The filters' slugs turned into ids. A value unknown to the public catalogue (a draft's
 * rencontre, an organisation named only in drafts) is dropped and reported in `unknown`.
 */
export async function resolveCatalogueFilters(
  filters: CatalogueFilters,
): Promise<{ resolved: ResolvedFilters; unknown: string[]; labels: Map<string, string> }> {
  const unknown: string[] = [];
  const themeSlugs = filters.themes.filter((slug) => slug !== NO_THEME);
  const year = filters.year;
  const [themes, rencontre, city, organisation, yearRencontres] = await Promise.all([
    themeSlugs.length > 0 ? db.theme.findMany({ where: { slug: { in: themeSlugs } }, select: { id: true, slug: true } }) : [],
    filters.rencontre ? db.rencontre.findFirst({ where: { slug: filters.rencontre, status: "PUBLISHED" }, select: { id: true } }) : null,
    filters.ville ? db.rencontre.findFirst({ where: { cityKey: filters.ville, status: "PUBLISHED" }, select: { cityKey: true } }) : null,
    // An organisation named only in drafts is unknown here: its name must not leave through the facet.
    filters.organisation ? db.organisation.findFirst({ where: { slug: filters.organisation, ...publicOrganisationWhere }, select: { id: true, name: true } }) : null,
    year
      ? db.rencontre.findMany({ where: { status: "PUBLISHED", date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } }, select: { id: true } })
      : [],
  ]);
  for (const slug of themeSlugs) if (!themes.some((t) => t.slug === slug)) unknown.push(`thème « ${slug} »`);
  if (filters.rencontre && !rencontre) unknown.push(`rencontre « ${filters.rencontre} »`);
  if (filters.ville && !city) unknown.push(`ville « ${filters.ville} »`);
  if (filters.organisation && !organisation) unknown.push(`organisation « ${filters.organisation} »`);
  if (year && yearRencontres.length === 0) unknown.push(`année « ${year} »`);
  const labels = new Map<string, string>();
  if (organisation) labels.set(organisation.id, organisation.name);
  return {
    resolved: {
      themeIds: themes.map((t) => t.id),
      noTheme: filters.themes.includes(NO_THEME),
      year: year && yearRencontres.length > 0 ? { value: year, rencontreIds: yearRencontres.map((r) => r.id) } : null,
      rencontreId: rencontre?.id ?? null,
      cityKey: city?.cityKey ?? null,
      statuses: filters.statuses,
      organisationId: organisation?.id ?? null,
      text: textMatchCondition(filters.q),
    },
    unknown,
    labels,
  };
}
