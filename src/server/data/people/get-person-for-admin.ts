import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { personIdentitySelect, rencontreSelect } from "./person-rencontres";

export type PersonForAdmin = NonNullable<Awaited<ReturnType<typeof getPersonForAdmin>>>;

/** One person with where they appear; null when missing. Admins only. */
export async function getPersonForAdmin(actor: Actor, id: string) {
  assertOrganiser(actor);
  const person = await db.person.findUnique({
    where: { id },
    select: {
      ...personIdentitySelect,
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
