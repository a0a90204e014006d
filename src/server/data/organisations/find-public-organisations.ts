import "server-only";
import type { ApiOrganisation } from "@/lib/api/schemas";
import { ORGANISATION_KIND_LABELS } from "@/lib/schemas/organisation";
import { siteUrl } from "@/lib/site-url";
import { organisationKey } from "@/lib/text/normalize";
import { db } from "@/server/db";
import { publicOrganisationWhere } from "./public-organisation-where";

/**
 * One page of the organisations present in a published rencontre (publicOrganisationWhere),
 * by keyset on the id, optionally those whose name contains q (accents and case aside, like /organisations).
 */
export async function findPublicOrganisations(input: { q: string; after: string | null; limit: number }) {
  const key = organisationKey(input.q);
  const rows = await db.organisation.findMany({
    where: { AND: [publicOrganisationWhere, key ? { nameKey: { contains: key } } : {}, input.after ? { id: { gt: input.after } } : {}] },
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: { id: true, slug: true, name: true, kind: true, website: true, city: true },
  });
  const site = siteUrl();
  return rows.map(
    (o): ApiOrganisation => ({
      id: o.id,
      slug: o.slug,
      nom: o.name,
      type: ORGANISATION_KIND_LABELS[o.kind],
      site_web: o.website,
      ville: o.city,
      adresse: `${site}/organisations/${o.slug}`,
    }),
  );
}
