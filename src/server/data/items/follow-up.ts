import "server-only";
import { statusLabel } from "@/lib/schemas/catalogue";
import type { FollowUpInput } from "@/lib/schemas/follow-up-form";
import { itemPath } from "@/lib/open-data/item-address";
import { formatDate } from "@/lib/text/format";
import { actorUserId, assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";
import { editableRencontreWhere } from "@/server/data/rencontres/rencontre-scope";

/** How the audit entry of a follow-up begins: the follow-up feed (src/server/data/feeds/) finds them by it. */
export const FOLLOW_UP_AUDIT_PREFIX = "Suivi d’une piste";

export type IdeaForFollowUp = NonNullable<Awaited<ReturnType<typeof getIdeaForFollowUp>>>;

/** An idea with its follow-up notes and status changes (with their authors), newest first; null when missing, not an idea, or out of the actor's reach. */
export async function getIdeaForFollowUp(actor: Actor, itemId: string) {
  return db.item.findFirst({
    where: { id: itemId, kind: "IDEA", rencontre: editableRencontreWhere(actor) },
    select: {
      id: true,
      text: true,
      status: true,
      version: true,
      table: { select: { id: true, number: true, title: true } },
      rencontre: { select: { id: true, slug: true, title: true, city: true, date: true, status: true } },
      slug: true,
      notes: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], select: { id: true, date: true, status: true, text: true } },
      // Who changed the status is for the organisers' area only: the public page reads the dates.
      statusChanges: {
        orderBy: [{ changedAt: "desc" }, { createdAt: "desc" }],
        select: { id: true, changedAt: true, status: true, author: { select: { name: true, email: true } } },
      },
    },
  });
}

/**
 * Sets an idea's status (recording the change, its day and its author) and adds a dated
 * note when there is a text. Admins reach every
 * idea, a rapporteur those of the rencontres they are invited to (others are NOT_FOUND).
 * CONFLICT when the idea changed since it was read (its table saved, another follow-up).
 */
export async function addFollowUp(actor: Actor, itemId: string, input: FollowUpInput): Promise<{ version: number }> {
  type Result = { item: { rencontreId: string; slug: string | null; table: { number: number }; rencontre: { city: string } }; changes: string[] };
  const audit = ({ item, changes }: Result) => ({
    action: "UPDATE" as const,
    entityType: "Item",
    entityId: itemId,
    rencontreId: item.rencontreId,
    summary: `${FOLLOW_UP_AUDIT_PREFIX} de la table ${item.table.number} (${item.rencontre.city}) : ${changes.join(", ")}`,
  });
  // The idea's own page shows the change at once; the lists may show the previous page while they render.
  const options = {
    audit,
    rencontre: ({ item }: Result) => item.rencontreId,
    publicPages: "stale-while-revalidate" as const,
    pages: ({ item }: Result) => [itemPath({ kind: "IDEA", slug: item.slug })].filter((path) => path !== null),
  };
  await writeCatalogue(actor, options, async (tx): Promise<Result> => {
    const item = await tx.item.findFirst({
      where: { id: itemId, kind: "IDEA", rencontre: editableRencontreWhere(actor) },
      select: { id: true, status: true, slug: true, rencontreId: true, table: { select: { number: true } }, rencontre: { select: { city: true } } },
    });
    if (!item) throw notFound("Piste");
    if (input.status === item.status && !input.text) {
      throw new DataError("INVALID", "Changez le statut ou écrivez une note : rien à enregistrer sinon.", "text");
    }
    const updated = await tx.item.updateMany({ where: { id: itemId, version: input.version }, data: { status: input.status, version: { increment: 1 } } });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette piste a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.");
    if (input.status !== item.status) {
      // The day the form gives (the note's), else now: when the idea changed, as the organiser reports it.
      const changedAt = input.date ? new Date(`${input.date}T00:00:00Z`) : new Date();
      await tx.ideaStatusChange.create({ data: { itemId, status: input.status, changedAt, authorUserId: actorUserId(actor) } });
    }
    if (input.text && input.date) {
      await tx.followUpNote.create({ data: { itemId, date: new Date(`${input.date}T00:00:00Z`), status: input.status, text: input.text } });
    }
    const changes = [
      input.status !== item.status ? `statut « ${statusLabel(input.status)} »` : null,
      input.text && input.date ? `note du ${formatDate(input.date)}` : null,
    ].filter((change) => change !== null);
    return { item, changes };
  });
  return { version: input.version + 1 };
}

/** Deletes a follow-up note (admins only); the idea keeps its current status. */
export async function deleteFollowUpNote(actor: Actor, noteId: string): Promise<{ itemId: string }> {
  assertOrganiser(actor);
  const audit = (note: { date: Date; item: { rencontreId: string; table: { number: number }; rencontre: { city: string } } }) => ({
    action: "DELETE" as const,
    entityType: "FollowUpNote",
    entityId: noteId,
    rencontreId: note.item.rencontreId,
    summary: `Suppression de la note de suivi du ${formatDate(note.date)} (piste de la table ${note.item.table.number}, ${note.item.rencontre.city})`,
  });
  const note = await writeCatalogue(actor, { audit }, async (tx) => {
    const note = await tx.followUpNote.findUnique({
      where: { id: noteId },
      select: { id: true, date: true, item: { select: { id: true, rencontreId: true, table: { select: { number: true } }, rencontre: { select: { city: true } } } } },
    });
    if (!note) throw notFound("Note de suivi");
    await tx.followUpNote.delete({ where: { id: noteId } });
    return note;
  });
  return { itemId: note.item.id };
}
