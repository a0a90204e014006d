import "server-only";
import type { OrganisationKindValue } from "@/lib/schemas/organisation";
import type { OrganisationFormInput } from "@/lib/schemas/organisation-form";
import { buildSearchText } from "@/lib/search/search-text";
import { plural } from "@/lib/text/format";
import { organisationKey } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db, type Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

export const ADMIN_ORGANISATIONS_PER_PAGE = 50;
/** How many organisations the merge form offers at once; a search narrows them. */
export const MERGE_CHOICES_LIMIT = 100;
export const ORGANISATION_CONFLICT_MESSAGE = "Cette organisation a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.";

export type OrganisationUses = { participations: number; mentions: number; rencontres: number; speakers: number };
export type OrganisationAdminRow = { id: string; slug: string; name: string; kind: OrganisationKindValue; city: string | null } & OrganisationUses;

const usesSelect = { _count: { select: { participations: true, mentions: true, rencontres: true, speakers: true } } } as const;

/** Where a name typed in a search box matches: inside the folded name key, accents, case and articles aside. */
const nameContains = (q: string) => {
  // The key holds only [a-z0-9+ ]: no LIKE wildcard can slip through.
  const key = organisationKey(q);
  return key ? { nameKey: { contains: key } } : {};
};

/** All organisations (drafts' too), by name, 50 a page, with how often each is used (admins only). */
export async function findOrganisationsForAdmin(actor: Actor, { q = "", page = 1 }: { q?: string; page?: number }) {
  assertOrganiser(actor);
  const where = nameContains(q);
  const [total, rows] = await Promise.all([
    db.organisation.count({ where }),
    db.organisation.findMany({
      where,
      orderBy: [{ nameKey: "asc" }, { slug: "asc" }],
      skip: (Math.max(1, page) - 1) * ADMIN_ORGANISATIONS_PER_PAGE,
      take: ADMIN_ORGANISATIONS_PER_PAGE,
      select: { id: true, slug: true, name: true, kind: true, city: true, ...usesSelect },
    }),
  ]);
  return {
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / ADMIN_ORGANISATIONS_PER_PAGE)),
    organisations: rows.map(({ _count, ...o }): OrganisationAdminRow => ({ ...o, ..._count })),
  };
}

/** An organisation's fields for its edit form, with how often it is used; null when missing (admins only). */
export async function getOrganisationForEdit(actor: Actor, id: string) {
  assertOrganiser(actor);
  const org = await db.organisation.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, kind: true, city: true, website: true, description: true, version: true, ...usesSelect },
  });
  if (!org) return null;
  const { _count, ...fields } = org;
  return { ...fields, uses: _count as OrganisationUses };
}

/** The organisations one may merge this one into, by name, optionally matching q (admins only). */
export async function findOrganisationMergeChoices(actor: Actor, excludeId: string, q = ""): Promise<{ choices: { id: string; name: string; city: string | null }[]; hasMore: boolean }> {
  assertOrganiser(actor);
  const rows = await db.organisation.findMany({
    where: { id: { not: excludeId }, ...nameContains(q) },
    orderBy: [{ nameKey: "asc" }, { slug: "asc" }],
    take: MERGE_CHOICES_LIMIT + 1,
    select: { id: true, name: true, city: true },
  });
  return { choices: rows.slice(0, MERGE_CHOICES_LIMIT), hasMore: rows.length > MERGE_CHOICES_LIMIT };
}

/**
 * Saves an organisation's fields (admins only). A new name gets a new name key, refused
 * (on the name field) when another organisation already has it: those two are to be
 * merged. The slug stays, so public links keep working. The search text of the items
 * that cite it or sit at its tables follows the new name. A copy read before someone
 * else's save is refused with CONFLICT and nothing is written.
 */
export async function updateOrganisation(actor: Actor, id: string, input: OrganisationFormInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = (current: { name: string }) => ({
    action: "UPDATE" as const,
    entityType: "Organisation",
    entityId: id,
    summary: current.name === input.name ? `Modification de l’organisation « ${input.name} »` : `Organisation « ${current.name} » renommée « ${input.name} »`,
  });
  const { version, ...fields } = input;
  await writeCatalogue(actor, { audit }, async (tx) => {
    const current = await tx.organisation.findUnique({ where: { id }, select: { name: true } });
    if (!current) throw notFound("Organisation");
    const nameKey = organisationKey(input.name);
    const other = await tx.organisation.findUnique({ where: { nameKey }, select: { id: true, name: true } });
    if (other && other.id !== id) {
      throw new DataError("INVALID", `L’organisation « ${other.name} » porte déjà ce nom : fusionnez plutôt les deux fiches.`, "name");
    }
    const saved = await tx.organisation.updateMany({ where: { id, version }, data: { ...fields, nameKey, version: { increment: 1 } } });
    if (saved.count === 0) throw new DataError("CONFLICT", ORGANISATION_CONFLICT_MESSAGE);
    if (current.name !== input.name) await rebuildSearchText(tx, await itemsLinkedTo(tx, id));
    return current;
  });
  return { version: version + 1 };
}

/**
 * Merges a duplicate into the organisation kept (admins only), in one transaction: its
 * participants, speakers, citations and organiser or partner roles move to the kept one
 * (a link both already had is kept once), the kept one's empty fields take the
 * duplicate's values, the duplicate is deleted and the search text of the items concerned
 * is rebuilt.
 */
export async function mergeOrganisations(actor: Actor, duplicateId: string, keepId: string): Promise<{ keepId: string; slug: string }> {
  assertOrganiser(actor);
  if (duplicateId === keepId) throw new DataError("INVALID", "Choisissez une autre organisation que celle-ci.", "keepId");
  const audit = (merge: { summary: string }) => ({ action: "MERGE" as const, entityType: "Organisation", entityId: keepId, summary: merge.summary });
  const { slug } = await writeCatalogue(actor, { audit }, async (tx) => {
    const fields = { name: true, slug: true, kind: true, city: true, website: true, description: true } as const;
    const [duplicate, keep] = await Promise.all([
      tx.organisation.findUnique({ where: { id: duplicateId }, select: fields }),
      tx.organisation.findUnique({ where: { id: keepId }, select: fields }),
    ]);
    if (!duplicate) throw notFound("Organisation");
    if (!keep) throw new DataError("NOT_FOUND", "L’organisation choisie n’existe plus : rechargez la page.", "keepId");
    const items = await itemsLinkedTo(tx, duplicateId);

    const participations = await tx.participation.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });
    const speakers = await tx.speaker.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });

    // Composite keys: a link the kept organisation already has is dropped, not moved.
    const citedByKeep = (await tx.itemMention.findMany({ where: { organisationId: keepId }, select: { itemId: true } })).map((m) => m.itemId);
    await tx.itemMention.deleteMany({ where: { organisationId: duplicateId, itemId: { in: citedByKeep } } });
    const mentions = await tx.itemMention.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });
    const keepRoles = await tx.rencontreOrganisation.findMany({ where: { organisationId: keepId }, select: { rencontreId: true, role: true } });
    for (const { rencontreId, role } of keepRoles) await tx.rencontreOrganisation.deleteMany({ where: { organisationId: duplicateId, rencontreId, role } });
    const roles = await tx.rencontreOrganisation.updateMany({ where: { organisationId: duplicateId }, data: { organisationId: keepId } });

    await tx.organisation.delete({ where: { id: duplicateId } });
    await tx.organisation.update({
      where: { id: keepId },
      data: {
        kind: keep.kind === "NON_RENSEIGNE" ? duplicate.kind : keep.kind,
        city: keep.city ?? duplicate.city,
        website: keep.website ?? duplicate.website,
        description: keep.description ?? duplicate.description,
        version: { increment: 1 },
      },
    });
    await rebuildSearchText(tx, items);

    const summary =
      `Organisation « ${duplicate.name} » (${duplicate.slug}) fusionnée dans « ${keep.name} » : ${plural(participations.count, "participation")}, ` +
      `${plural(speakers.count, "intervention")}, ${plural(mentions.count, "citation")}, ${plural(roles.count, "rôle d’organisateur ou partenaire", "rôles d’organisateur ou partenaire")}`;
    return { slug: keep.slug, summary };
  });
  return { keepId, slug };
}

/** The ids of the items whose search text names this organisation: those citing it and those of its tables. */
async function itemsLinkedTo(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx.item.findMany({
    where: { OR: [{ mentions: { some: { organisationId } } }, { table: { participations: { some: { organisationId } } } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Rebuilds the search text of these items from what the database now says (the FTS index follows by trigger). */
async function rebuildSearchText(tx: Tx, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const items = await tx.item.findMany({
    where: { id: { in: itemIds } },
    select: {
      id: true,
      text: true,
      searchText: true,
      keywords: { orderBy: { position: "asc" }, select: { term: true } },
      mentions: { select: { organisation: { select: { name: true } } } },
      table: { select: { participations: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } } } },
    },
  });
  for (const item of items) {
    const searchText = buildSearchText({
      text: item.text,
      keywords: item.keywords.map((k) => k.term),
      mentionedOrganisations: item.mentions.map((m) => m.organisation.name),
      tableOrganisations: [...new Set(item.table.participations.flatMap((p) => (p.organisation ? [p.organisation.name] : [])))],
    });
    if (searchText !== item.searchText) await tx.item.update({ where: { id: item.id }, data: { searchText } });
  }
}
