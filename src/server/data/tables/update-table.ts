import "server-only";
import type { ItemRowInput, TableFormInput } from "@/lib/schemas/table-form";
import { buildSearchText } from "@/lib/search/search-text";
import { containsPhrase, extractBold, foldText, organisationKey, personKey, stripMarkup } from "@/lib/text/normalize";
import type { Actor } from "@/server/actor";
import type { Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { refreshRecurrence } from "@/server/data/recurrence/refresh-recurrence";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { findOrCreateOrganisations } from "@/server/data/organisations/find-or-create-organisations";
import { findOrCreatePeople } from "@/server/data/people/find-or-create-people";
import { allocateItemSlugs } from "@/server/data/items/item-slugs";
import { editableRencontreWhere } from "@/server/data/rencontres/rencontre-scope";

export const TABLE_CONFLICT_MESSAGE = "Cette table a été enregistrée par quelqu'un d'autre depuis que vous l'avez ouverte.";

/**
 * Saves a whole table in one transaction: number, participants, objectives, examples and
 * ideas (with their keywords, the **bold** terms, and themes). Admins may save any table, a
 * rapporteur only those of the rencontres they are invited to (others are NOT_FOUND). A
 * copy read before someone else's save is refused with CONFLICT and nothing is written.
 * Kept rows keep their identity: an idea keeps its follow-up and its address (slug, even
 * when its text is edited), an objective its link to the synthesis.
 */
export async function updateTable(actor: Actor, tableId: string, input: TableFormInput): Promise<{ version: number }> {
  const audit = (t: { rencontreId: string; city: string }) => ({
    action: "UPDATE" as const,
    entityType: "Table",
    entityId: tableId,
    rencontreId: t.rencontreId,
    summary: `Table ${input.number} (${t.city}) : ${input.participants.length} participant·es, ${input.objectives.length} objectifs, ${input.examples.length} exemples, ${input.ideas.length} pistes`,
  });
  const options = { audit, rencontre: (t: { rencontreId: string }) => t.rencontreId, publicPages: "stale-while-revalidate" as const, facetInputs: tableFacetInputs(tableId) };
  await writeCatalogue(actor, options, async (tx) => {
    const table = await tx.table.findFirst({
      where: { id: tableId, rencontre: editableRencontreWhere(actor) },
      select: { id: true, number: true, rencontreId: true, rencontre: { select: { city: true } } },
    });
    if (!table) throw notFound("Table");
    if (input.number !== table.number && (await tx.table.findFirst({ where: { rencontreId: table.rencontreId, number: input.number }, select: { id: true } }))) {
      throw new DataError("INVALID", `La table ${input.number} existe déjà dans cette rencontre.`, "number");
    }
    const saved = await tx.table.updateMany({
      where: { id: tableId, version: input.version },
      data: { number: input.number, title: input.title, version: { increment: 1 } },
    });
    if (saved.count === 0) throw new DataError("CONFLICT", TABLE_CONFLICT_MESSAGE);

    const organisations = await saveParticipants(tx, tableId, input.participants);
    await saveObjectives(tx, tableId, input.objectives);
    const themeIds = new Set((await tx.theme.findMany({ select: { id: true } })).map((t) => t.id));
    const context = { tx, tableId, rencontreId: table.rencontreId, organisations, themeIds };
    const changed = [...(await saveItems(context, "EXAMPLE", input.examples)), ...(await saveItems(context, "IDEA", input.ideas))];
    await refreshRecurrence(tx, changed);

    return { rencontreId: table.rencontreId, city: table.rencontre.city };
  });
  return { version: input.version + 1 };
}

/**
 * What the facet index reads of a table (docs/decisions/0013): its number, its items' kind,
 * status, order, themes, organisations and links, its participants' organisations, and the
 * number of themes. A save that leaves them as they were (a title, a text, a participant's
 * name) keeps every instance's index.
 */
const tableFacetInputs = (tableId: string) => async (tx: Tx) => ({
  table: await tx.table.findUnique({ where: { id: tableId }, select: { number: true } }),
  items: await tx.item.findMany({
    where: { tableId },
    orderBy: { id: "asc" },
    select: {
      id: true,
      kind: true,
      status: true,
      position: true,
      themes: { select: { themeId: true }, orderBy: { themeId: "asc" } },
      mentions: { select: { organisationId: true }, orderBy: { organisationId: "asc" } },
      relatedFrom: { select: { toId: true }, orderBy: { toId: "asc" } },
      relatedTo: { select: { fromId: true }, orderBy: { fromId: "asc" } },
    },
  }),
  organisations: (
    await tx.participation.findMany({ where: { tableId, organisationId: { not: null } }, select: { organisationId: true }, orderBy: { organisationId: "asc" } })
  ).map((p) => p.organisationId),
  themes: await tx.theme.count(),
});

/** Replaces the table's participants; people and organisations are found by name or created. Returns the organisations' names. */
async function saveParticipants(tx: Tx, tableId: string, rows: TableFormInput["participants"]): Promise<string[]> {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const key = personKey(row.name);
    if (seen.has(key)) throw new DataError("INVALID", "Cette personne figure déjà plus haut dans la liste.", `participants.${index}.name`);
    seen.add(key);
  }
  const orgNames = rows.flatMap((r) => (r.organisation ? [r.organisation] : []));
  const orgIds = await findOrCreateOrganisations(tx, orgNames);
  const personIds = await findOrCreatePeople(tx, rows.map((r) => r.name));
  await tx.participation.deleteMany({ where: { tableId } });
  if (rows.length > 0) await tx.participation.createMany({
    data: rows.map((row, position) => ({
      tableId,
      personId: personIds.get(personKey(row.name))!,
      position,
      statusLabel: row.status,
      organisationId: row.organisation ? orgIds.get(organisationKey(row.organisation))! : null,
    })),
  });
  return [...new Set(orgNames)];
}

async function saveObjectives(tx: Tx, tableId: string, rows: TableFormInput["objectives"]): Promise<void> {
  const existing = new Set((await tx.objective.findMany({ where: { tableId }, select: { id: true } })).map((o) => o.id));
  const kept = rows.flatMap((r) => (r.id && existing.has(r.id) ? [r.id] : []));
  await tx.objective.deleteMany({ where: { tableId, id: { notIn: kept } } });
  for (const [position, row] of rows.entries()) {
    if (row.id && existing.has(row.id)) await tx.objective.update({ where: { id: row.id }, data: { text: row.text, position } });
    else await tx.objective.create({ data: { tableId, text: row.text, position } });
  }
}

type ItemContext = { tx: Tx; tableId: string; rencontreId: string; organisations: string[]; themeIds: Set<string> };

/**
 * Replaces the table's items of one kind. One statement per item (its update or creation),
 * then the keywords, themes and dropped mentions of all of them at once: a save's round
 * trips to the database are what it waits for under load (npm run loadtest).
 */
async function saveItems({ tx, tableId, rencontreId, organisations, themeIds }: ItemContext, kind: "EXAMPLE" | "IDEA", rows: ItemRowInput[]): Promise<string[]> {
  const existing = await tx.item.findMany({
    where: { tableId, kind },
    select: { id: true, text: true, mentions: { select: { organisationId: true, organisation: { select: { name: true } } } } },
  });
  const byId = new Map(existing.map((i) => [i.id, i]));
  const kept = rows.flatMap((r) => (r.id && byId.has(r.id) ? [r.id] : []));
  await tx.item.deleteMany({ where: { tableId, kind, id: { notIn: kept } } });
  const added = rows.filter((r) => !(r.id && byId.has(r.id)));
  const newSlugs = await allocateItemSlugs(tx, added.map((r) => r.text));
  const keywordRows: { itemId: string; term: string; termKey: string; position: number }[] = [];
  const themeRows: { itemId: string; themeId: string }[] = [];
  const droppedMentions: { itemId: string; organisationId: string }[] = [];
  // New items and items whose text changed: their recurrence is computed again.
  const changed: string[] = [];
  for (const [position, row] of rows.entries()) {
    const keywords = extractBold(row.text);
    const current = row.id ? byId.get(row.id) : undefined;
    // Organisations cited by the item stay linked while the text still names them.
    const mentions = (current?.mentions ?? []).filter((m) => containsPhrase(row.text, m.organisation.name));
    const fields = {
      text: row.text,
      plainText: stripMarkup(row.text),
      searchText: buildSearchText({ text: row.text, keywords, mentionedOrganisations: mentions.map((m) => m.organisation.name), tableOrganisations: organisations }),
      position,
    };
    const itemId = current
      ? (await tx.item.update({ where: { id: current.id }, data: { ...fields, version: { increment: 1 } }, select: { id: true } })).id
      : (
          await tx.item.create({
            data: { ...fields, kind, rencontreId, tableId, slug: newSlugs[added.indexOf(row)]!, status: kind === "IDEA" ? "PROPOSEE" : null },
            select: { id: true },
          })
        ).id;
    if (current?.text !== row.text) changed.push(itemId);
    for (const m of current?.mentions ?? []) if (!mentions.includes(m)) droppedMentions.push({ itemId, organisationId: m.organisationId });
    keywordRows.push(...keywords.map((term, i) => ({ itemId, term, termKey: foldText(term), position: i })));
    themeRows.push(...[...new Set(row.themes)].filter((id) => themeIds.has(id)).map((themeId) => ({ itemId, themeId })));
  }
  if (kept.length > 0) {
    await tx.itemKeyword.deleteMany({ where: { itemId: { in: kept } } });
    await tx.itemTheme.deleteMany({ where: { itemId: { in: kept } } });
  }
  if (droppedMentions.length > 0) await tx.itemMention.deleteMany({ where: { OR: droppedMentions } });
  if (keywordRows.length > 0) await tx.itemKeyword.createMany({ data: keywordRows });
  if (themeRows.length > 0) await tx.itemTheme.createMany({ data: themeRows });
  return changed;
}
