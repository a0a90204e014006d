import "server-only";

/** A person's name and visibility, as a person's page and a person's data export read them. */
export const personIdentitySelect = { id: true, firstName: true, lastName: true, fullName: true, visibility: true } as const;

// What the list of people and a person's page show of the rencontres they took part in.
export const rencontreSelect = { id: true, slug: true, title: true, city: true, date: true, status: true } as const;

type RencontreRef = { id: string; slug: string; title: string; city: string; date: Date | null; status: "DRAFT" | "PUBLISHED" };

/** The rencontres a person took part in (at a table or on the panel), most recent first, once each. */
export function rencontresOf(rows: { rencontre: RencontreRef }[]): RencontreRef[] {
  const byId = new Map(rows.map((r) => [r.rencontre.id, r.rencontre]));
  return [...byId.values()].sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
}
