import "server-only";
import { randomUUID } from "node:crypto";
import type { IdeaStatus } from "@/generated/prisma/client";
import type { CompteRendu, ItemRef, PersonRef } from "@/lib/schemas/compte-rendu";
import type { ImportCorrections } from "@/lib/import/outline";
import { previewOf } from "@/lib/import/preview";
import { matchTheme } from "@/lib/import/theme-match";
import { buildSearchText } from "@/lib/search/search-text";
import type { ReferenceOrganisation } from "@/lib/schemas/organisation";
import { foldText, organisationKey, personKey, slugify, stripMarkup } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import type { Tx } from "@/server/db";
import { findOrCreateOrganisations } from "@/server/data/organisations/find-or-create-organisations";
import { findOrCreatePeople } from "@/server/data/people/find-or-create-people";
import { uniqueSlug } from "@/server/data/unique-slug";
import { takeCreationTurn } from "@/server/data/write/creation-turn";
import { allocateItemSlugs } from "@/server/data/items/item-slugs";
import { keepLinkDecisions } from "@/server/data/recurrence/keep-link-decisions";
import { refreshRecurrence } from "@/server/data/recurrence/refresh-recurrence";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

export type StoreOptions = {
  /** Publish the rencontre (new or existing); otherwise a new one is a draft and an existing one keeps its status. */
  publish?: boolean;
  /** Name of the source file, kept for the record. */
  sourceName?: string;
  /** Reference data for organisations (kind, city, website, aliases). */
  referenceOrganisations?: ReferenceOrganisation[];
  /** Always create a new rencontre, even when this document already produced one (the import page's drafts). */
  asNew?: boolean;
  /** The organiser's corrections from the preview, kept with the rencontre under the text's hash. */
  corrections?: { sourceHash: string; corrections: ImportCorrections };
};

export type ImportSummary = {
  rencontreId: string;
  slug: string;
  created: boolean;
  status: "DRAFT" | "PUBLISHED";
  tables: { number: number; participants: number; objectives: number; examples: number; ideas: number }[];
  totals: { participants: number; objectives: number; consolidatedObjectives: number; examples: number; ideas: number; themes: number; organisations: number };
};

type PreviousItem = {
  slug: string | null;
  status: IdeaStatus | null;
  notes: { date: Date; status: IdeaStatus | null; text: string; createdAt: Date }[];
  statusChanges: { status: IdeaStatus; changedAt: Date; authorUserId: string | null; createdAt: Date }[];
};

const refKey = (ref: ItemRef) => `${ref.table}:${ref.kind}:${ref.index}`;

/** The key under which an imported rencontre is recognised when the same document comes again. */
export function sourceKeyOf(data: Pick<CompteRendu, "city" | "date" | "title">): string {
  return `${slugify(data.city)}:${data.date ?? slugify(data.title)}`;
}

/**
 * The theme each synthesis label names (see matchTheme), created when none does, or when the
 * organiser chose in the preview to keep the label apart from the theme it resembles.
 */
async function resolveThemes(tx: Tx, labels: string[], separate: Set<string>): Promise<Map<string, string>> {
  const read = () => tx.theme.findMany({ select: { id: true, name: true, nameKey: true, position: true } });
  const kept = (label: string, themes: Awaited<ReturnType<typeof read>>) => {
    const match = matchTheme(label, themes);
    return match && (match.exact || !separate.has(label)) ? match : null;
  };
  let themes = await read();
  // A theme to create: read them again once this transaction has the turn (another import may be creating it).
  if (labels.some((label) => !kept(label, themes))) {
    await takeCreationTurn(tx);
    themes = await read();
  }
  const result = new Map<string, string>();
  for (const label of labels) {
    const match = kept(label, themes);
    if (match) {
      result.set(label, match.theme.id);
      continue;
    }
    const slug = await uniqueSlug(tx, "theme", slugify(label));
    const position = Math.max(0, ...themes.map((t) => t.position)) + 1;
    const created = await tx.theme.create({ data: { slug, name: label, nameKey: foldText(label), position }, select: { id: true, name: true, nameKey: true, position: true } });
    themes.push(created);
    result.set(label, created.id);
  }
  return result;
}

/**
 * Writes a parsed compte rendu in one transaction. The same document imported again
 * (same city and date) replaces the rencontre's content instead of adding a second one;
 * the follow-up of its ideas (status, its changes and notes) and the address of its items
 * are carried over to the matching items (same kind, table and text), and so are the
 * rapprochements decided on them (by slug, see keepLinkDecisions).
 */
export async function storeCompteRendu(actor: Actor, data: CompteRendu, options: StoreOptions = {}): Promise<ImportSummary> {
  assertOrganiser(actor);
  const reference = options.referenceOrganisations ?? [];
  const sourceKey = sourceKeyOf(data);

  const audit = ({ rencontreId, created }: ImportSummary) => ({
    action: "IMPORT" as const,
    entityType: "Rencontre",
    entityId: rencontreId,
    rencontreId,
    summary: `${created ? "Import" : "Réimport"} du compte rendu ${options.sourceName ? `« ${options.sourceName} » ` : ""}(${data.city}, ${data.tables.length} tables)`,
  });
  const summary = await writeCatalogue(
    actor,
    { audit, transaction: { timeout: 60_000, maxWait: 10_000 } },
    async (tx) => {
      const allPeople = [...data.moderators, ...data.panelists, ...data.tables.flatMap((t) => t.participants)];
      const orgNames = [
        ...allPeople.flatMap((p) => (p.organisation ? [p.organisation] : [])),
        ...data.organisers,
        ...data.partners,
        ...data.tables.flatMap((t) => [...t.examples, ...t.ideas].flatMap((i) => i.mentions)),
      ];
      const orgIds = await findOrCreateOrganisations(tx, orgNames, reference);
      const orgId = (name: string | null) => (name ? orgIds.get(organisationKey(name)) ?? null : null);
      const personIds = await findOrCreatePeople(tx, allPeople);
      const personId = (p: PersonRef) => personIds.get(personKey(p.fullName))!;

      // Find the rencontre this document already produced, and keep its ideas' follow-up.
      const sameSource = await tx.rencontre.findUnique({ where: { sourceKey }, select: { id: true, slug: true, status: true } });
      const existing = options.asNew ? null : sameSource;
      // Keyed by kind, table and text: what an item of the new copy takes over from the same item of the old one.
      const previous = new Map<string, PreviousItem>();
      let restoreLinkDecisions: Awaited<ReturnType<typeof keepLinkDecisions>> | null = null;
      if (existing) {
        const items = await tx.item.findMany({
          where: { rencontreId: existing.id },
          select: {
            id: true,
            kind: true,
            plainText: true,
            slug: true,
            status: true,
            table: { select: { number: true } },
            notes: { select: { date: true, status: true, text: true, createdAt: true } },
            statusChanges: { select: { status: true, changedAt: true, authorUserId: true, createdAt: true } },
          },
        });
        for (const item of items) previous.set(`${item.kind}|${item.table.number}|${foldText(item.plainText)}`, item);
        // The rapprochements decided on these items, found again by slug once the new copies exist.
        restoreLinkDecisions = await keepLinkDecisions(tx, items);
        await tx.table.deleteMany({ where: { rencontreId: existing.id } });
        await tx.consolidatedObjective.deleteMany({ where: { rencontreId: existing.id } });
        await tx.synthesisGroup.deleteMany({ where: { rencontreId: existing.id } });
        await tx.speaker.deleteMany({ where: { rencontreId: existing.id } });
        await tx.rencontreOrganisation.deleteMany({ where: { rencontreId: existing.id } });
      }

      const year = data.date?.slice(0, 4);
      const slug =
        existing?.slug ??
        (await uniqueSlug(tx, "rencontre", slugify(`${data.city} ${year ?? ""}`)));
      const status = options.publish ? "PUBLISHED" : (existing?.status ?? "DRAFT");
      const fields = {
        title: data.title,
        subtitle: data.subtitle,
        edition: data.edition,
        city: data.city,
        cityKey: slugify(data.city),
        date: data.date ? new Date(`${data.date}T00:00:00.000Z`) : null,
        venueName: data.venueName,
        venueDescription: data.venueDescription,
        introduction: data.introduction,
        studyTitle: data.studyTitle,
        study: data.study,
        roundTableText: data.roundTableText,
        workshopFormat: data.workshopFormat,
        closingText: data.closingText,
        synthesisObjectives: data.synthesisObjectives,
        synthesisExamplesIntro: data.synthesisExamplesIntro,
        synthesisIdeasIntro: data.synthesisIdeasIntro,
        status,
        sourceName: options.sourceName ?? null,
      } as const;
      const rencontre = existing
        ? await tx.rencontre.update({
            where: { id: existing.id },
            data: { ...fields, version: { increment: 1 }, ...(status === "PUBLISHED" && existing.status !== "PUBLISHED" ? { publishedAt: new Date() } : {}) },
            select: { id: true },
          })
        : await tx.rencontre.create({
            // A second copy of a document is not what a later import of that document updates.
            data: { ...fields, slug, sourceKey: sameSource ? null : sourceKey, publishedAt: status === "PUBLISHED" ? new Date() : null },
            select: { id: true },
          });
      const rencontreId = rencontre.id;

      const roles = [
        ...data.organisers.map((name) => ({ name, role: "ORGANISER" as const })),
        ...data.partners.map((name) => ({ name, role: "PARTNER" as const })),
      ];
      const seenRoles = new Set<string>();
      await tx.rencontreOrganisation.createMany({
        data: roles
          .map(({ name, role }, position) => ({ rencontreId, organisationId: orgId(name)!, role, position }))
          .filter((r) => !seenRoles.has(`${r.organisationId}:${r.role}`) && seenRoles.add(`${r.organisationId}:${r.role}`)),
      });
      const seenSpeakers = new Set<string>();
      await tx.speaker.createMany({
        data: [
          ...data.moderators.map((p) => ({ p, role: "MODERATOR" as const })),
          ...data.panelists.map((p) => ({ p, role: "PANELIST" as const })),
        ]
          .map(({ p, role }, position) => ({ rencontreId, personId: personId(p), organisationId: orgId(p.organisation), role, position }))
          .filter((s) => !seenSpeakers.has(`${s.personId}:${s.role}`) && seenSpeakers.add(`${s.personId}:${s.role}`)),
      });

      const consolidatedIds = data.consolidatedObjectives.map(() => randomUUID());
      await tx.consolidatedObjective.createMany({
        data: data.consolidatedObjectives.map((text, position) => ({ id: consolidatedIds[position]!, rencontreId, text, position })),
      });

      const itemIds = new Map<string, string>();
      const idOfSlug = new Map<string, string>();
      // Addresses taken over from the old copy, reserved before the new items get theirs.
      const keptSlugs = [...previous.values()].flatMap((p) => (p.slug ? [p.slug] : []));
      for (const table of data.tables) {
        const tableId = randomUUID();
        await tx.table.create({ data: { id: tableId, rencontreId, number: table.number, title: table.title, notes: table.notes } });
        const seenPeople = new Set<string>();
        await tx.participation.createMany({
          data: table.participants
            .map((p, position) => ({ tableId, personId: personId(p), organisationId: orgId(p.organisation), statusLabel: p.status, position }))
            .filter((p) => !seenPeople.has(p.personId) && seenPeople.add(p.personId)),
        });
        await tx.objective.createMany({
          data: table.objectives.map((o, position) => ({
            tableId,
            text: o.text,
            position,
            consolidatedObjectiveId: o.consolidatedIndex === null ? null : consolidatedIds[o.consolidatedIndex] ?? null,
          })),
        });
        const tableOrganisations = [...new Set(table.participants.flatMap((p) => (p.organisation ? [p.organisation] : [])))];
        for (const kind of ["EXAMPLE", "IDEA"] as const) {
          const items = kind === "IDEA" ? table.ideas : table.examples;
          const rows = items.map((item, index) => {
            const id = randomUUID();
            itemIds.set(refKey({ table: table.number, kind, index }), id);
            const plainText = stripMarkup(item.text);
            const followUp = previous.get(`${kind}|${table.number}|${foldText(plainText)}`);
            return { item, id, plainText, followUp };
          });
          const fresh = rows.filter((r) => !r.followUp?.slug);
          const freshSlugs = await allocateItemSlugs(tx, fresh.map((r) => r.item.text), keptSlugs);
          const slugs = rows.map(({ id, followUp }) => followUp?.slug ?? freshSlugs[fresh.findIndex((r) => r.id === id)]!);
          for (const [index, { id }] of rows.entries()) idOfSlug.set(slugs[index]!, id);
          await tx.item.createMany({
            data: rows.map(({ item, id, plainText, followUp }, position) => ({
              id,
              kind,
              rencontreId,
              tableId,
              text: item.text,
              plainText,
              slug: slugs[position]!,
              searchText: buildSearchText({
                text: item.text,
                keywords: item.keywords,
                mentionedOrganisations: item.mentions,
                tableOrganisations,
              }),
              position,
              status: kind === "IDEA" ? (followUp?.status ?? "PROPOSEE") : null,
            })),
          });
          await tx.itemKeyword.createMany({
            data: rows.flatMap(({ item, id }) => {
              const seen = new Set<string>();
              return item.keywords
                .map((term, position) => ({ itemId: id, term, termKey: foldText(term), position }))
                .filter((k) => !seen.has(k.termKey) && seen.add(k.termKey));
            }),
          });
          await tx.itemMention.createMany({
            data: rows.flatMap(({ item, id }) => [...new Set(item.mentions.map((m) => orgId(m)).filter((o): o is string => !!o))].map((organisationId) => ({ itemId: id, organisationId }))),
          });
          await tx.followUpNote.createMany({
            data: rows.flatMap(({ id, followUp }) =>
              (followUp?.notes ?? []).map((n) => ({ itemId: id, date: n.date, status: n.status, text: n.text, createdAt: n.createdAt })),
            ),
          });
          await tx.ideaStatusChange.createMany({
            data: rows.flatMap(({ id, followUp }) => (kind === "IDEA" ? (followUp?.statusChanges ?? []) : []).map((c) => ({ itemId: id, ...c }))),
          });
        }
      }

      await tx.itemRelation.createMany({
        data: data.relations.map(([a, b]) => {
          const [fromId, toId] = [itemIds.get(refKey(a))!, itemIds.get(refKey(b))!].sort();
          return { fromId: fromId!, toId: toId! };
        }),
      });
      await restoreLinkDecisions?.(tx, idOfSlug);
      // After the synthesis links and the kept decisions, which are never proposed again.
      await refreshRecurrence(tx, [...itemIds.values()]);

      const themeIds = await resolveThemes(
        tx,
        data.synthesisGroups.filter((g) => g.section === "IDEAS_BY_THEME" && g.label).map((g) => g.label!),
        new Set(options.corrections?.corrections.separateThemes ?? []),
      );
      const itemThemes = new Set<string>();
      for (const [position, group] of data.synthesisGroups.entries()) {
        const themeId = group.section === "IDEAS_BY_THEME" && group.label ? themeIds.get(group.label)! : null;
        const groupId = randomUUID();
        await tx.synthesisGroup.create({
          data: {
            id: groupId,
            rencontreId,
            section: group.section,
            label: group.label,
            themeId,
            consolidatedObjectiveId: group.consolidatedIndex === null ? null : consolidatedIds[group.consolidatedIndex] ?? null,
            position,
          },
        });
        const entries = group.entries.map((entry, index) => ({ ...entry, id: randomUUID(), index }));
        await tx.synthesisEntry.createMany({ data: entries.map((e) => ({ id: e.id, groupId, text: e.text, position: e.index })) });
        await tx.synthesisEntryItem.createMany({
          data: entries.flatMap((e) => [...new Set(e.links.map((l) => itemIds.get(refKey(l))!))].map((itemId) => ({ entryId: e.id, itemId }))),
        });
        if (themeId) {
          for (const e of entries) for (const link of e.links) itemThemes.add(`${itemIds.get(refKey(link))}|${themeId}`);
        }
      }
      await tx.itemTheme.createMany({
        data: [...itemThemes].map((pair) => {
          const [itemId, themeId] = pair.split("|") as [string, string];
          return { itemId, themeId };
        }),
      });

      if (options.corrections) {
        const { sourceHash, corrections } = options.corrections;
        const row = { rencontreId, corrections: JSON.stringify(corrections) };
        await tx.importCorrection.upsert({ where: { sourceHash }, create: { sourceHash, ...row }, update: row });
      }

      const { tables, totals } = previewOf(data);
      return {
        rencontreId,
        slug,
        created: !existing,
        status,
        tables,
        totals: {
          ...totals,
          themes: new Set(themeIds.values()).size,
          organisations: new Set(orgIds.values()).size,
        },
      };
    },
  );
  return summary;
}

