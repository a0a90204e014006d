import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, for admins; optionally for one rencontre or one person. */
export async function findAuditEntries(actor: Actor, filters: { rencontreId?: string | null; personId?: string | null; page?: number }) {
  assertOrganiser(actor);
  const where = {
    ...(filters.rencontreId ? { rencontreId: filters.rencontreId } : {}),
    ...(filters.personId ? { personId: filters.personId } : {}),
  };
  const page = Math.max(1, filters.page ?? 1);
  const [total, entries, rencontres] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, summary: true, rencontreId: true, personId: true },
    }),
    db.rencontre.findMany({ orderBy: { date: "desc" }, select: { id: true, city: true, date: true, title: true } }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries, rencontres };
}
