"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { OrganisationFormSchema, OrganisationMergeSchema } from "@/lib/schemas/organisation-form";
import { mergeOrganisations } from "@/server/data/organisations/merge-organisations";
import { updateOrganisation } from "@/server/data/organisations/update-organisation";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";


export const updateOrganisationAction = guardDatabase(async function updateOrganisationAction(organisationId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(organisationId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(OrganisationFormSchema, formData, values, "L’organisation n’est pas enregistrée : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  try {
    const { version } = await updateOrganisation(actorOf(user), id.data, form.data);
    return { ok: true, message: "Organisation enregistrée.", values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      return { ok: false, message: `${error.message} Rechargez la page pour voir sa version ; votre saisie reste ci-dessous.`, values };
    }
    return dataErrorState(error, values);
  }
});

export const mergeOrganisationsAction = guardDatabase(async function mergeOrganisationsAction(duplicateId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(duplicateId);
  if (!id.success) return { ...INVALID_ID, values };
  formData.set("duplicateId", id.data);
  const form = parseForm(OrganisationMergeSchema, formData, values, "Rien n’est fusionné : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  let keepId: string;
  try {
    keepId = (await mergeOrganisations(actorOf(user), form.data.duplicateId, form.data.keepId)).keepId;
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/organisations/${encodeURIComponent(keepId)}?fusion=1`);
});
