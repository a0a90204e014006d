import "server-only";
import type { SynthesisFormInput } from "@/lib/schemas/synthesis-form";
import { foldText, organisationKey, personKey } from "@/lib/text/normalize";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db, type Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { findOrCreateOrganisations } from "@/server/data/organisations/find-or-create-organisations";
import { findOrCreatePeople } from "@/server/data/people/find-or-create-people";

export const SYNTHESIS_CONFLICT_MESSAGE = "Cette rencontre a été modifiée par quelqu'un d'autre depuis que vous avez ouvert sa synthèse.";

/** The round table and general synthesis of a rencontre, as its form shows them (admins only). */
export async function getSynthesisForEdit(actor: Actor, id: string) {
  assertOrganiser(actor);
  const rencontre = await db.rencontre.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      city: true,
      version: true,
      synthesisObjectives: true,
      synthesisExamplesIntro: true,
      synthesisIdeasIntro: true,
      speakers: { orderBy: { position: "asc" }, select: { role: true, person: { select: { fullName: true } }, organisation: { select: { name: true } } } },
      consolidatedObjectives: { orderBy: { position: "asc" }, select: { id: true, text: true, _count: { select: { objectives: true } } } },
      synthesisGroups: {
        where: { section: "IDEAS_BY_THEME" },
        orderBy: { position: "asc" },
        select: { id: true, themeId: true, label: true, entries: { orderBy: { position: "asc" }, select: { text: true } } },
      },
    },
  });
  if (!rencontre) return null;
  return {
    id: rencontre.id,
    title: rencontre.title,
    city: rencontre.city,
    version: rencontre.version,
    synthesisObjectives: rencontre.synthesisObjectives,
    synthesisExamplesIntro: rencontre.synthesisExamplesIntro,
    synthesisIdeasIntro: rencontre.synthesisIdeasIntro,
    speakers: rencontre.speakers.map((s) => ({ name: s.person.fullName, organisation: s.organisation?.name ?? "", role: s.role })),
    consolidated: rencontre.consolidatedObjectives.map((o) => ({ id: o.id, text: o.text, linkedObjectives: o._count.objectives })),
    themeGroups: rencontre.synthesisGroups.map((g) => ({ id: g.id, theme: g.themeId ?? "", label: g.label ?? "", entries: g.entries.map((e) => e.text).join("\n") })),
  };
}

/**
 * Saves the round table's speakers and the general synthesis in one transaction, refused
 * with CONFLICT on a stale copy. Kept consolidated objectives keep their links to the
 * tables' objectives; a theme group's kept lines keep their links to the tables' ideas.
 */
export async function updateSynthesis(actor: Actor, id: string, input: SynthesisFormInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = (rencontre: { city: string }) => ({
    action: "UPDATE" as const,
    entityType: "Synthese",
    entityId: id,
    rencontreId: id,
    summary: `Table ronde et synthèse générale (${rencontre.city}) : ${input.speakers.length} intervenant·es, ${input.consolidated.length} objectifs consolidés, ${input.themeGroups.length} thèmes de pistes`,
  });
  await writeCatalogue(actor, { audit, rencontre: id, publicPages: "stale-while-revalidate" }, async (tx) => {
    const rencontre = await tx.rencontre.findUnique({ where: { id }, select: { city: true } });
    if (!rencontre) throw notFound("Rencontre");
    const saved = await tx.rencontre.updateMany({
      where: { id, version: input.version },
      data: {
        synthesisObjectives: input.synthesisObjectives,
        synthesisExamplesIntro: input.synthesisExamplesIntro,
        synthesisIdeasIntro: input.synthesisIdeasIntro,
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) throw new DataError("CONFLICT", SYNTHESIS_CONFLICT_MESSAGE);
    await saveSpeakers(tx, id, input.speakers);
    await saveConsolidated(tx, id, input.consolidated);
    await saveThemeGroups(tx, id, input.themeGroups);
    return rencontre;
  });
  return { version: input.version + 1 };
}

async function saveSpeakers(tx: Tx, rencontreId: string, rows: SynthesisFormInput["speakers"]) {
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const key = `${personKey(row.name)}:${row.role}`;
    if (seen.has(key)) throw new DataError("INVALID", "Cette personne figure déjà plus haut avec ce rôle.", `speakers.${index}.name`);
    seen.add(key);
  }
  const orgIds = await findOrCreateOrganisations(tx, rows.flatMap((r) => (r.organisation ? [r.organisation] : [])));
  const personIds = await findOrCreatePeople(tx, rows.map((r) => r.name));
  await tx.speaker.deleteMany({ where: { rencontreId } });
  await tx.speaker.createMany({
    data: rows.map((row, position) => ({
      rencontreId,
      personId: personIds.get(personKey(row.name))!,
      organisationId: row.organisation ? orgIds.get(organisationKey(row.organisation))! : null,
      role: row.role,
      position,
    })),
  });
}

async function saveConsolidated(tx: Tx, rencontreId: string, rows: SynthesisFormInput["consolidated"]) {
  const existing = new Set((await tx.consolidatedObjective.findMany({ where: { rencontreId }, select: { id: true } })).map((o) => o.id));
  const kept = rows.flatMap((r) => (r.id && existing.has(r.id) ? [r.id] : []));
  // Removed ones: the tables' objectives and the synthesis groups that pointed at them lose the link (SetNull).
  await tx.consolidatedObjective.deleteMany({ where: { rencontreId, id: { notIn: kept } } });
  for (const [position, row] of rows.entries()) {
    if (row.id && existing.has(row.id)) await tx.consolidatedObjective.update({ where: { id: row.id }, data: { text: row.text, position } });
    else await tx.consolidatedObjective.create({ data: { rencontreId, text: row.text, position } });
  }
}

async function saveThemeGroups(tx: Tx, rencontreId: string, rows: SynthesisFormInput["themeGroups"]) {
  const themes = new Map((await tx.theme.findMany({ where: { id: { in: rows.map((r) => r.theme) } }, select: { id: true, name: true } })).map((t) => [t.id, t.name]));
  for (const [index, row] of rows.entries()) {
    if (!themes.has(row.theme)) throw new DataError("INVALID", "Ce thème n'existe plus : choisissez-en un autre.", `themeGroups.${index}.theme`);
  }
  const existing = await tx.synthesisGroup.findMany({
    where: { rencontreId, section: "IDEAS_BY_THEME" },
    select: { id: true, entries: { select: { text: true, items: { select: { itemId: true } } } } },
  });
  const byId = new Map(existing.map((g) => [g.id, g]));
  const kept = rows.flatMap((r) => (r.id && byId.has(r.id) ? [r.id] : []));
  await tx.synthesisGroup.deleteMany({ where: { rencontreId, section: "IDEAS_BY_THEME", id: { notIn: kept } } });
  // Theme groups come after the other sections' groups, in the form's order.
  const firstPosition = ((await tx.synthesisGroup.aggregate({ where: { rencontreId, section: { not: "IDEAS_BY_THEME" } }, _max: { position: true } }))._max.position ?? -1) + 1;
  for (const [index, row] of rows.entries()) {
    const data = { themeId: row.theme, label: themes.get(row.theme)!, position: firstPosition + index };
    const previous = row.id ? byId.get(row.id) : undefined;
    const groupId = previous
      ? (await tx.synthesisGroup.update({ where: { id: previous.id }, data, select: { id: true } })).id
      : (await tx.synthesisGroup.create({ data: { ...data, rencontreId, section: "IDEAS_BY_THEME" }, select: { id: true } })).id;
    // A line kept word for word keeps its links to the tables' ideas.
    const links = new Map((previous?.entries ?? []).map((e) => [foldText(e.text), e.items.map((i) => i.itemId)]));
    await tx.synthesisEntry.deleteMany({ where: { groupId } });
    for (const [position, text] of row.entries.entries()) {
      const entry = await tx.synthesisEntry.create({ data: { groupId, text, position }, select: { id: true } });
      const itemIds = links.get(foldText(text)) ?? [];
      if (itemIds.length > 0) await tx.synthesisEntryItem.createMany({ data: itemIds.map((itemId) => ({ entryId: entry.id, itemId })) });
    }
  }
}
