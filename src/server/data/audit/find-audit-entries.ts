import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

export const AUDIT_PAGE_SIZE = 50;
/** How many people the person filter offers (those the log speaks of, erased ones included). */
const MAX_FILTER_PEOPLE = 500;

/** An erased person is still found in the log by id, never by name. */
const ERASED_PERSON = "Personne effacée";

/** The audit log, newest first, for admins; optionally for one rencontre or one person. */
export async function findAuditEntries(actor: Actor, filters: { rencontreId?: string | null; personId?: string | null; page?: number }) {
  assertOrganiser(actor);
  const where = {
    ...(filters.rencontreId ? { rencontreId: filters.rencontreId } : {}),
    ...(filters.personId ? { personId: filters.personId } : {}),
  };
  const page = Math.max(1, filters.page ?? 1);
  const [total, entries, rencontres, loggedPeople] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, at: true, actorLabel: true, action: true, entityType: true, summary: true, rencontreId: true, personId: true },
    }),
    db.rencontre.findMany({ orderBy: { date: "desc" }, select: { id: true, city: true, date: true, title: true } }),
    db.auditLog.groupBy({ by: ["personId"], where: { personId: { not: null } }, orderBy: { _max: { at: "desc" } }, take: MAX_FILTER_PEOPLE, _max: { at: true } }),
  ]);
  const logged = new Set(loggedPeople.flatMap((p) => (p.personId ? [p.personId] : [])));
  const ids = [...new Set([...logged, ...(filters.personId ? [filters.personId] : [])])];
  const names = new Map((await db.person.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } })).map((p) => [p.id, p.fullName]));
  const nameOf = (id: string) => names.get(id) ?? (logged.has(id) ? `${ERASED_PERSON} (${id.slice(-6)})` : "Personne inconnue");
  const people = ids.filter((id) => logged.has(id) || names.has(id)).map((id) => ({ id, name: nameOf(id) })).sort((a, b) => a.name.localeCompare(b.name, "fr"));
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    entries,
    rencontres,
    /** The people the log speaks of, by name, for the person filter. */
    people,
    /** The person the log is filtered on, with their name (or "Personne effacée"), and whether their record still exists. */
    person: filters.personId ? { id: filters.personId, name: nameOf(filters.personId), exists: names.has(filters.personId) } : null,
  };
}
