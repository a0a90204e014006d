import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CatalogueFilters, IdeaStatusValue } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import { publicOrganisationWhere } from "@/server/data/organisations/public-organisation-where";
import { textMatchCondition } from "./text-match";

/**
 * The conditions of the public catalogue's filters, shared by its pages (search-items.ts) and
 * its downloads (src/server/data/exports/): both count and list exactly the same items.
 */
export type ItemKindValue = "IDEA" | "EXAMPLE";
export type FacetName = "theme" | "rencontre" | "ville" | "statut" | "organisation";

export type ResolvedFilters = {
  themeIds: string[];
  rencontreId: string | null;
  cityKey: string | null;
  statuses: IdeaStatusValue[];
  organisationId: string | null;
  text: Prisma.Sql | null;
};

export const ITEMS_FROM = Prisma.sql`FROM "Item" i JOIN "Rencontre" r ON r.id = i."rencontreId"`;

/** The WHERE clause of the published items of one kind that match the filters (all but `except`, for its facet). */
export function itemsWhere(kind: ItemKindValue, f: ResolvedFilters, except?: FacetName): Prisma.Sql {
  const c: Prisma.Sql[] = [Prisma.sql`i.kind = ${kind}`, Prisma.sql`r.status = 'PUBLISHED'`];
  if (f.text) c.push(f.text);
  if (f.themeIds.length > 0 && except !== "theme") {
    c.push(Prisma.sql`EXISTS (SELECT 1 FROM "ItemTheme" it WHERE it."itemId" = i.id AND it."themeId" IN (${Prisma.join(f.themeIds)}))`);
  }
  if (f.rencontreId && except !== "rencontre") c.push(Prisma.sql`i."rencontreId" = ${f.rencontreId}`);
  if (f.cityKey && except !== "ville") c.push(Prisma.sql`r."cityKey" = ${f.cityKey}`);
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
  const [themes, rencontre, city, organisation] = await Promise.all([
    filters.themes.length > 0 ? db.theme.findMany({ where: { slug: { in: filters.themes } }, select: { id: true, slug: true } }) : [],
    filters.rencontre ? db.rencontre.findFirst({ where: { slug: filters.rencontre, status: "PUBLISHED" }, select: { id: true } }) : null,
    filters.ville ? db.rencontre.findFirst({ where: { cityKey: filters.ville, status: "PUBLISHED" }, select: { cityKey: true } }) : null,
    // An organisation named only in drafts is unknown here: its name must not leave through the facet.
    filters.organisation ? db.organisation.findFirst({ where: { slug: filters.organisation, ...publicOrganisationWhere }, select: { id: true, name: true } }) : null,
  ]);
  for (const slug of filters.themes) if (!themes.some((t) => t.slug === slug)) unknown.push(`thème « ${slug} »`);
  if (filters.rencontre && !rencontre) unknown.push(`rencontre « ${filters.rencontre} »`);
  if (filters.ville && !city) unknown.push(`ville « ${filters.ville} »`);
  if (filters.organisation && !organisation) unknown.push(`organisation « ${filters.organisation} »`);
  const labels = new Map<string, string>();
  if (organisation) labels.set(organisation.id, organisation.name);
  return {
    resolved: {
      themeIds: themes.map((t) => t.id),
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
