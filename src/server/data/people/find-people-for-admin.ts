import "server-only";
import { personKey } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { rencontreSelect, rencontresOf } from "./person-rencontres";

// People are personal data (DESIGN.md, Privacy): only admins reach them here, and audit
// summaries about a person never carry their name, so that an erasure leaves none behind.

export const PEOPLE_PAGE_SIZE = 50;

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
