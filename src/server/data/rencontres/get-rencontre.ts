import "server-only";
import { publicName } from "@/lib/people/display-name";
import { cachedPublicRead } from "@/server/cache";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { rencontreTextsSelect } from "./rencontre-fields";
import { itemCardSelect, toItemCard, type ItemCardDto } from "@/server/data/items/item-select";

const personSelect = {
  person: { select: { fullName: true, visibility: true } },
  organisation: { select: { slug: true, name: true } },
} as const;

export type PersonDto = { name: string; organisation: { slug: string; name: string } | null; status: string | null };
export type RencontreDetail = NonNullable<Awaited<ReturnType<typeof getRencontre>>>;

/** A published rencontre with its whole compte rendu as linked data; null when missing or a draft. */
export const getRencontre = cachedPublicRead("getRencontre", async (slug: string) => readRencontreDetail({ slug, status: "PUBLISHED" }));

/**
 * The whole compte rendu of the rencontre `where` finds, as the public page shows it (hidden
 * people named "Participant·e"). Callers choose the condition: published only for the public
 * read, the actor's editable rencontres for the draft preview (get-rencontre-preview.ts).
 */
export async function readRencontreDetail(where: Prisma.RencontreWhereInput) {
  const r = await db.rencontre.findFirst({
    where,
    select: {
      id: true,
      slug: true,
      title: true,
      subtitle: true,
      edition: true,
      city: true,
      date: true,
      venueName: true,
      venueDescription: true,
      ...rencontreTextsSelect,
      synthesisObjectives: true,
      synthesisExamplesIntro: true,
      synthesisIdeasIntro: true,
      updatedAt: true,
      organisations: { orderBy: { position: "asc" }, select: { role: true, organisation: { select: { slug: true, name: true } } } },
      speakers: { orderBy: { position: "asc" }, select: { role: true, ...personSelect } },
      consolidatedObjectives: { orderBy: { position: "asc" }, select: { id: true, text: true } },
      tables: {
        orderBy: { number: "asc" },
        select: {
          number: true,
          title: true,
          notes: true,
          participations: { orderBy: { position: "asc" }, select: { statusLabel: true, ...personSelect } },
          objectives: { orderBy: { position: "asc" }, select: { text: true, consolidatedObjectiveId: true } },
          items: { orderBy: { position: "asc" }, select: itemCardSelect },
        },
      },
      synthesisGroups: {
        orderBy: { position: "asc" },
        select: {
          section: true,
          label: true,
          theme: { select: { slug: true, name: true } },
          consolidatedObjectiveId: true,
          entries: {
            orderBy: { position: "asc" },
            select: { text: true, items: { select: { item: { select: { id: true, kind: true, table: { select: { number: true } } } } } } },
          },
        },
      },
    },
  });
  if (!r) return null;

  const objectiveIndex = new Map(r.consolidatedObjectives.map((o, i) => [o.id, i]));
  // Raw rows with people's names stay here: only publicName() leaves this function.
  const { id: _id, speakers, organisations, ...fields } = r;
  const person = (p: { person: { fullName: string; visibility: "PUBLIC" | "HIDDEN" }; organisation: { slug: string; name: string } | null }, status: string | null = null): PersonDto => ({
    name: publicName(p.person),
    organisation: p.organisation,
    status,
  });
  return {
    ...fields,
    organisers: organisations.filter((o) => o.role === "ORGANISER").map((o) => o.organisation),
    partners: organisations.filter((o) => o.role === "PARTNER").map((o) => o.organisation),
    moderators: speakers.filter((s) => s.role === "MODERATOR").map((s) => person(s)),
    panelists: speakers.filter((s) => s.role === "PANELIST").map((s) => person(s)),
    consolidatedObjectives: r.consolidatedObjectives.map((o) => o.text),
    tables: r.tables.map((t) => {
      const items = t.items.map(toItemCard);
      return {
        number: t.number,
        title: t.title,
        notes: t.notes,
        participants: t.participations.map((p) => person(p, p.statusLabel)),
        objectives: t.objectives.map((o) => ({
          text: o.text,
          consolidated: o.consolidatedObjectiveId ? (objectiveIndex.get(o.consolidatedObjectiveId) ?? null) : null,
        })),
        examples: items.filter((i) => i.kind === "EXAMPLE") as ItemCardDto[],
        ideas: items.filter((i) => i.kind === "IDEA") as ItemCardDto[],
      };
    }),
    synthesisGroups: r.synthesisGroups.map((g) => ({
      section: g.section,
      label: g.label,
      theme: g.theme,
      objective: g.consolidatedObjectiveId ? (objectiveIndex.get(g.consolidatedObjectiveId) ?? null) : null,
      entries: g.entries.map((e) => ({
        text: e.text,
        links: e.items
          .map((l) => ({ id: l.item.id, kind: l.item.kind, table: l.item.table.number }))
          .sort((a, b) => a.table - b.table),
      })),
    })),
  };
}
