"use server";

import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import { formAction } from "@/server/actions/form-action";
import { addFollowUp, deleteFollowUpNote } from "@/server/data/items/follow-up";

/** Sets an idea's status and adds a dated note; admins, and rapporteurs invited to its rencontre (checked by the data layer). */
export const addFollowUpAction = formAction(
  { access: "member", ids: ["itemId"], schema: FollowUpSchema, invalidMessage: "Le suivi n’est pas enregistré : corrigez les champs signalés." },
  async ({ actor, ids, input, values }) => {
    const { version } = await addFollowUp(actor, ids.itemId, input);
    // The note is saved: the form starts empty again, with the new status and version.
    return {
      ok: true,
      message: input.text ? "Suivi enregistré : la note est ajoutée." : "Statut enregistré.",
      values: { status: input.status, date: values.date ?? "", text: "", version: String(version) },
    };
  },
);

/** Deletes a follow-up note. */
export const deleteFollowUpNoteAction = formAction({ access: "organiser", ids: ["noteId"] }, async ({ actor, ids }) => {
  await deleteFollowUpNote(actor, ids.noteId);
  return { ok: true, message: "Note supprimée." };
});
