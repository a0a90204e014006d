import "server-only";
import { publicName } from "@/lib/people/display-name";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { itemCardSelect, toItemCard } from "@/server/data/items/item-select";

const published = { status: "PUBLISHED" as const };
const rencontreSelect = { slug: true, title: true, city: true, date: true } as const;

/** An organisation and everywhere it appears in published rencontres; null when unknown or absent from them. */
export const getOrganisation = cachedPublicRead("getOrganisation", async (slug: string) => {
  const org = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      city: true,
      website: true,
      description: true,
      rencontres: { where: { rencontre: published }, select: { role: true, rencontre: { select: rencontreSelect } } },
      speakers: {
        where: { rencontre: published },
        select: { role: true, person: { select: { fullName: true, visibility: true } }, rencontre: { select: rencontreSelect } },
      },
      participations: {
        where: { table: { rencontre: published } },
        orderBy: [{ table: { rencontre: { date: "desc" } } }, { table: { number: "asc" } }, { position: "asc" }],
        select: { person: { select: { fullName: true, visibility: true } }, table: { select: { number: true, rencontre: { select: rencontreSelect } } } },
      },
    },
  });
  if (!org) return null;
  const [mentions, related] = await Promise.all([
    db.item.findMany({
      where: { mentions: { some: { organisationId: org.id } }, rencontre: published },
      orderBy: [{ rencontre: { date: "desc" } }, { table: { number: "asc" } }, { kind: "asc" }, { position: "asc" }],
      select: itemCardSelect,
    }),
    // What /pistes?organisation= and /exemples?organisation= list: items citing it or from a table where it sat.
    db.item.groupBy({
      by: ["kind"],
      where: { rencontre: published, OR: [{ mentions: { some: { organisationId: org.id } } }, { table: { participations: { some: { organisationId: org.id } } } }] },
      _count: { _all: true },
    }),
  ]);

  // Tables grouped by rencontre, each with the names of the organisation's people there.
  const tables = new Map<string, { rencontre: (typeof org.participations)[number]["table"]["rencontre"]; tables: Map<number, string[]> }>();
  for (const p of org.participations) {
    const entry = tables.get(p.table.rencontre.slug) ?? { rencontre: p.table.rencontre, tables: new Map<number, string[]>() };
    entry.tables.set(p.table.number, [...(entry.tables.get(p.table.number) ?? []), publicName(p.person)]);
    tables.set(p.table.rencontre.slug, entry);
  }
  const isPresent = org.rencontres.length + org.speakers.length + org.participations.length + mentions.length > 0;
  if (!isPresent) return null;
  return {
    slug: org.slug,
    name: org.name,
    kind: org.kind,
    city: org.city,
    website: org.website,
    description: org.description,
    roles: org.rencontres.map((r) => ({ role: r.role, rencontre: r.rencontre })),
    speakers: org.speakers.map((s) => ({ role: s.role, name: publicName(s.person), rencontre: s.rencontre })),
    tables: [...tables.values()].map((t) => ({ rencontre: t.rencontre, tables: [...t.tables].map(([number, people]) => ({ number, people })) })),
    items: mentions.map(toItemCard),
    relatedCounts: {
      ideas: related.find((r) => r.kind === "IDEA")?._count._all ?? 0,
      examples: related.find((r) => r.kind === "EXAMPLE")?._count._all ?? 0,
    },
  };
});

export type OrganisationDetail = NonNullable<Awaited<ReturnType<typeof getOrganisation>>>;
