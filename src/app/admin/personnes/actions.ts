"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { PersonEraseSchema, PersonVisibilitySchema } from "@/lib/schemas/person-form";
import { erasePerson } from "@/server/data/people/erase-person";
import { setPersonVisibility } from "@/server/data/people/set-person-visibility";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";


/** Shows or hides a person's name on the public pages; the data layer refuses anyone but an admin. */
export const setPersonVisibilityAction = guardDatabase(async function setPersonVisibilityAction(personId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(personId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(PersonVisibilitySchema, formData, values, "Le choix n’est pas enregistré : voyez le champ signalé.");
  if (!form.ok) return form.state;
  try {
    const { version } = await setPersonVisibility(actorOf(user), id.data, form.data);
    const message = form.data.visibility === "HIDDEN" ? "Nom masqué : les pages publiques affichent « Participant·e »." : "Nom affiché sur les pages publiques.";
    return { ok: true, message, values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      return { ok: false, message: `${error.message} Rechargez la page pour voir le choix enregistré.`, values };
    }
    return dataErrorState(error, values);
  }
});

/** Erases a person and everything about them, once the confirmation word is typed. */
export const erasePersonAction = guardDatabase(async function erasePersonAction(personId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(personId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(PersonEraseSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await erasePerson(actorOf(user), id.data);
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect("/admin/personnes?effacement=ok");
});
