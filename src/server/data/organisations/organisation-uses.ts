import "server-only";
import { organisationKey } from "@/lib/text/normalize";

export type OrganisationUses = { participations: number; mentions: number; rencontres: number; speakers: number };

export const usesSelect = { _count: { select: { participations: true, mentions: true, rencontres: true, speakers: true } } } as const;

/** Where a name typed in a search box matches: inside the folded name key, accents, case and articles aside. */
export const nameContains = (q: string) => {
  // The key holds only [a-z0-9+ ]: no LIKE wildcard can slip through.
  const key = organisationKey(q);
  return key ? { nameKey: { contains: key } } : {};
};
