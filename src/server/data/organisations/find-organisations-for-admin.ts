import "server-only";
import type { OrganisationKindValue } from "@/lib/schemas/organisation";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { OrganisationUses, nameContains, usesSelect } from "./organisation-uses";

export const ADMIN_ORGANISATIONS_PER_PAGE = 50;

export type OrganisationAdminRow = { id: string; slug: string; name: string; kind: OrganisationKindValue; city: string | null } & OrganisationUses;

/** All organisations (drafts' too), by name, 50 a page, with how often each is used (admins only). */
export async function findOrganisationsForAdmin(actor: Actor, { q = "", page = 1 }: { q?: string; page?: number }) {
  assertOrganiser(actor);
  const where = nameContains(q);
  const [total, rows] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: [{ nameKey: "asc" }, { slug: "asc" }],
      skip: (Math.max(1, page) - 1) * ADMIN_ORGANISATIONS_PER_PAGE,
      take: ADMIN_ORGANISATIONS_PER_PAGE,
      select: { id: true, slug: true, name: true, kind: true, city: true, ...usesSelect },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_ORGANISATIONS_PER_PAGE)),
    organisations: rows.map(({ _count, ...o }): OrganisationAdminRow => ({ ...o, ..._count })),
  };
}
