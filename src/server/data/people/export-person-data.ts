import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { notFound } from "@/server/errors";
import { writeAdmin } from "@/server/data/write/write-catalogue";
import { personIdentitySelect } from "./person-rencontres";

const iso = (date: Date | null) => (date ? date.toISOString() : null);

const isoDay = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export type PersonExport = Awaited<ReturnType<typeof exportPersonData>>;

/**
 * Everything held about a person, as plain JSON (a data subject's access request), and an
 * EXPORT entry in the audit log. The audit entries about them leave out who made them:
 * the organisers' addresses are not the person's data.
 */
export async function exportPersonData(actor: Actor, id: string) {
  assertOrganiser(actor);
  const audit = { action: "EXPORT" as const, entityType: "Person", entityId: id, personId: id, summary: "Export des données d’une personne" };
  return writeAdmin(actor, { audit, refresh: [`/admin/personnes/${id}`] }, async (tx) => {
    const person = await tx.person.findUnique({
      where: { id },
      select: {
        ...personIdentitySelect,
        nameKey: true,
        createdAt: true,
        updatedAt: true,
        participations: {
          orderBy: [{ table: { rencontre: { date: "asc" } } }, { table: { number: "asc" } }],
          select: {
            statusLabel: true,
            organisation: { select: { name: true } },
            table: { select: { number: true, title: true, rencontre: { select: { title: true, city: true, date: true, slug: true } } } },
          },
        },
        speakers: {
          orderBy: { rencontre: { date: "asc" } },
          select: { role: true, organisation: { select: { name: true } }, rencontre: { select: { title: true, city: true, date: true, slug: true } } },
        },
      },
    });
    if (!person) throw notFound("Personne");
    const audit = await tx.auditLog.findMany({ where: { personId: id }, orderBy: [{ at: "asc" }, { id: "asc" }], select: { at: true, action: true, summary: true } });
    const rencontre = (r: { title: string; city: string; date: Date | null; slug: string }) => ({ title: r.title, city: r.city, date: isoDay(r.date), slug: r.slug });
    return {
      exportedAt: new Date().toISOString(),
      person: {
        id: person.id,
        firstName: person.firstName,
        lastName: person.lastName,
        fullName: person.fullName,
        nameKey: person.nameKey,
        visibility: person.visibility,
        createdAt: iso(person.createdAt),
        updatedAt: iso(person.updatedAt),
      },
      participations: person.participations.map((p) => ({
        rencontre: rencontre(p.table.rencontre),
        table: { number: p.table.number, title: p.table.title },
        organisation: p.organisation?.name ?? null,
        status: p.statusLabel,
      })),
      speakerRoles: person.speakers.map((s) => ({ rencontre: rencontre(s.rencontre), role: s.role, organisation: s.organisation?.name ?? null })),
      auditEntries: audit.map((a) => ({ at: iso(a.at), action: a.action, summary: a.summary })),
    };
  });
}
