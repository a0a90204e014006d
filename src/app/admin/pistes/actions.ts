"use server";

import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import { addFollowUp, deleteFollowUpNote } from "@/server/data/items/follow-up";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";


/** Sets an idea's status and adds a dated note; admins, and rapporteurs invited to its rencontre. */
export const addFollowUpAction = guardDatabase(async function addFollowUpAction(itemId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(itemId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(FollowUpSchema, formData, values, "Le suivi n’est pas enregistré : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  try {
    const { version } = await addFollowUp(actorOf(user), id.data, form.data);
    // The note is saved: the form starts empty again, with the new status and version.
    return {
      ok: true,
      message: form.data.text ? "Suivi enregistré : la note est ajoutée." : "Statut enregistré.",
      values: { status: form.data.status, date: values.date ?? "", text: "", version: String(version) },
    };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      return { ok: false, message: `${error.message} Rechargez la page pour voir son suivi ; votre saisie reste ci-dessous.`, values };
    }
    return dataErrorState(error, values);
  }
});

/** Deletes a follow-up note (admins only: the data layer refuses anyone else). */
export const deleteFollowUpNoteAction = guardDatabase(async function deleteFollowUpNoteAction(noteId: string, _prev: ActionState, _formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const id = BoundId.safeParse(noteId);
  if (!id.success) return INVALID_ID;
  try {
    await deleteFollowUpNote(actorOf(user), id.data);
    return { ok: true, message: "Note supprimée." };
  } catch (error) {
    return dataErrorState(error, {});
  }
});
