import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { OrganisationKindValue } from "@/lib/schemas/organisation";
import { organisationKey } from "@/lib/text/normalize";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

export const ORGANISATIONS_PER_PAGE = 50;

export type OrganisationListItem = { slug: string; name: string; kind: OrganisationKindValue; tables: number; citations: number };

// Organisations seen in a published rencontre: at a table, on a panel, as organiser or partner, or cited.
const PRESENCE = Prisma.sql`
  WITH pub AS (SELECT id FROM "Rencontre" WHERE status = 'PUBLISHED'),
  part AS (SELECT p."organisationId" AS oid, COUNT(DISTINCT p."tableId") AS n FROM "Participation" p JOIN "Table" t ON t.id = p."tableId"
           WHERE t."rencontreId" IN (SELECT id FROM pub) AND p."organisationId" IS NOT NULL GROUP BY p."organisationId"),
  cite AS (SELECT m."organisationId" AS oid, COUNT(*) AS n FROM "ItemMention" m JOIN "Item" i ON i.id = m."itemId"
           WHERE i."rencontreId" IN (SELECT id FROM pub) GROUP BY m."organisationId"),
  other AS (SELECT s."organisationId" AS oid FROM "Speaker" s WHERE s."rencontreId" IN (SELECT id FROM pub) AND s."organisationId" IS NOT NULL
            UNION SELECT ro."organisationId" FROM "RencontreOrganisation" ro WHERE ro."rencontreId" IN (SELECT id FROM pub))`;

/** The organisations of the public catalogue, by name, optionally those whose name contains q (accents aside). */
export const findOrganisations = cachedPublicRead("findOrganisations", async (q: string, page: number) => {
  const key = organisationKey(q);
  const like = key ? `%${key.replace(/[%_\\]/g, "\\$&")}%` : "%";
  const where = Prisma.sql`WHERE (part.n IS NOT NULL OR cite.n IS NOT NULL OR o.id IN (SELECT oid FROM other)) AND o."nameKey" LIKE ${like} ESCAPE '\\'`;
  const joins = Prisma.sql`FROM "Organisation" o LEFT JOIN part ON part.oid = o.id LEFT JOIN cite ON cite.oid = o.id`;
  const [countRows, rows] = await Promise.all([
    db.$queryRaw<{ n: number | bigint }[]>`${PRESENCE} SELECT COUNT(*) AS n ${joins} ${where}`,
    db.$queryRaw<{ slug: string; name: string; kind: OrganisationKindValue; tables: number | bigint | null; citations: number | bigint | null }[]>`
      ${PRESENCE} SELECT o.slug, o.name, o.kind, part.n AS tables, cite.n AS citations ${joins} ${where}
      ORDER BY o."nameKey", o.slug LIMIT ${ORGANISATIONS_PER_PAGE} OFFSET ${(page - 1) * ORGANISATIONS_PER_PAGE}`,
  ]);
  const total = Number(countRows[0]?.n ?? 0);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ORGANISATIONS_PER_PAGE)),
    organisations: rows.map((r): OrganisationListItem => ({ slug: r.slug, name: r.name, kind: r.kind, tables: Number(r.tables ?? 0), citations: Number(r.citations ?? 0) })),
  };
});
