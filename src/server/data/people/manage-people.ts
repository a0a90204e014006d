import "server-only";
import type { PersonVisibilityInput } from "@/lib/schemas/person-form";
import { personKey } from "@/lib/text/normalize";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { writeAdmin, writeCatalogue } from "@/server/data/write/write-catalogue";

// People are personal data (DESIGN.md, Privacy): only admins reach them here, and audit
// summaries about a person never carry their name, so that an erasure leaves none behind.

export const PEOPLE_PAGE_SIZE = 50;

const rencontreSelect = { id: true, slug: true, title: true, city: true, date: true, status: true } as const;

type RencontreRef = { id: string; slug: string; title: string; city: string; date: Date | null; status: "DRAFT" | "PUBLISHED" };

/** The rencontres a person took part in (at a table or on the panel), most recent first, once each. */
function rencontresOf(rows: { rencontre: RencontreRef }[]): RencontreRef[] {
  const byId = new Map(rows.map((r) => [r.rencontre.id, r.rencontre]));
  return [...byId.values()].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
}

/** People by name (accents and case ignored, every word must match), 50 a page, with their rencontres. */
export async function findPeopleForAdmin(actor: Actor, query: { q?: string; page?: number }) {
  assertOrganiser(actor);
  const words = personKey(query.q ?? "").split(" ").filter(Boolean).slice(0, 8);
  const where = { AND: words.map((word) => ({ nameKey: { contains: word } })) };
  const total = await db.person.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
  const page = Math.min(Math.max(1, query.page ?? 1), pageCount);
  const people = await db.person.findMany({
    where,
    orderBy: [{ nameKey: "asc" }, { id: "asc" }],
    skip: (page - 1) * PEOPLE_PAGE_SIZE,
    take: PEOPLE_PAGE_SIZE,
    select: {
      id: true,
      fullName: true,
      visibility: true,
      participations: { select: { table: { select: { rencontre: { select: rencontreSelect } } } } },
      speakers: { select: { rencontre: { select: rencontreSelect } } },
    },
  });
  return {
    total,
    page,
    pageCount,
    people: people.map((p) => ({
      id: p.id,
      fullName: p.fullName,
      visibility: p.visibility,
      rencontres: rencontresOf([...p.participations.map((x) => x.table), ...p.speakers]),
    })),
  };
}

export type PersonForAdmin = NonNullable<Awaited<ReturnType<typeof getPersonForAdmin>>>;

/** One person with where they appear; null when missing. Admins only. */
export async function getPersonForAdmin(actor: Actor, id: string) {
  assertOrganiser(actor);
  const person = await db.person.findUnique({
    where: { id },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      fullName: true,
      visibility: true,
      version: true,
      participations: {
        orderBy: [{ table: { rencontre: { date: "desc" } } }, { table: { number: "asc" } }],
        select: {
          id: true,
          statusLabel: true,
          organisation: { select: { name: true, slug: true } },
          table: { select: { id: true, number: true, title: true, rencontre: { select: rencontreSelect } } },
        },
      },
      speakers: {
        orderBy: { rencontre: { date: "desc" } },
        select: { id: true, role: true, organisation: { select: { name: true, slug: true } }, rencontre: { select: rencontreSelect } },
      },
    },
  });
  return person;
}

/** Shows or hides a person's name on the public pages; CONFLICT if the record changed since it was read. */
export async function setPersonVisibility(actor: Actor, id: string, input: PersonVisibilityInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = {
    action: "UPDATE" as const,
    entityType: "Person",
    entityId: id,
    personId: id,
    summary: input.visibility === "HIDDEN" ? "Nom d’une personne masqué sur les pages publiques" : "Nom d’une personne affiché sur les pages publiques",
  };
  await writeCatalogue(actor, { audit }, async (tx) => {
    const current = await tx.person.findUnique({ where: { id }, select: { id: true } });
    if (!current) throw notFound("Personne");
    const updated = await tx.person.updateMany({ where: { id, version: input.version }, data: { visibility: input.visibility, version: { increment: 1 } } });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.");
  });
  return { version: input.version + 1 };
}

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
        id: true,
        firstName: true,
        lastName: true,
        fullName: true,
        nameKey: true,
        visibility: true,
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

/**
 * Erases a person: their participations, their places on round tables and their record,
 * in one transaction. The tables they sat at get a new version, so a table form opened
 * before cannot bring them back. The audit entry keeps only the id and the counts.
 */
export async function erasePerson(actor: Actor, id: string): Promise<{ participations: number; speakers: number }> {
  assertOrganiser(actor);
  const audit = ({ participations, speakers }: { participations: number; speakers: number }) => ({
    action: "ERASE" as const,
    entityType: "Person",
    entityId: id,
    personId: id,
    summary: `Effacement d’une personne (${plural(participations, "participation")}, ${plural(speakers, "intervention")} en table ronde)`,
  });
  return writeCatalogue(actor, { audit }, async (tx) => {
    const person = await tx.person.findUnique({ where: { id }, select: { id: true, participations: { select: { tableId: true } } } });
    if (!person) throw notFound("Personne");
    const tableIds = [...new Set(person.participations.map((p) => p.tableId))];
    const participations = (await tx.participation.deleteMany({ where: { personId: id } })).count;
    const speakers = (await tx.speaker.deleteMany({ where: { personId: id } })).count;
    await tx.person.delete({ where: { id } });
    if (tableIds.length > 0) await tx.table.updateMany({ where: { id: { in: tableIds } }, data: { version: { increment: 1 } } });
    return { participations, speakers };
  });
}
