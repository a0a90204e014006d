import "server-only";

const published = { status: "PUBLISHED" as const };

/**
 * The organisations the public may see: organiser or partner of a published rencontre,
 * speaker there, at one of its tables, or cited by one of its items. One that appears only
 * in drafts is, for every public page and facet, unknown.
 */
export const publicOrganisationWhere = {
  OR: [
    { rencontres: { some: { rencontre: published } } },
    { speakers: { some: { rencontre: published } } },
    { participations: { some: { table: { rencontre: published } } } },
    { mentions: { some: { item: { rencontre: published } } } },
  ],
};
