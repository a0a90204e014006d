"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { ThemeCreateSchema, ThemeFormSchema, ThemeMergeSchema } from "@/lib/schemas/theme-form";
import { createTheme } from "@/server/data/themes/create-theme";
import { mergeThemes } from "@/server/data/themes/merge-themes";
import { updateTheme } from "@/server/data/themes/update-theme";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";

const INVALID_FORM = "Le thème n’est pas enregistré : corrigez les champs signalés.";

export const createThemeAction = guardDatabase(async function createThemeAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const form = parseForm(ThemeCreateSchema, formData, values, INVALID_FORM);
  if (!form.ok) return form.state;
  try {
    await createTheme(actorOf(user), form.data);
  } catch (error) {
    return dataErrorState(error, values);
  }
  // No values back: the form is emptied for the next theme.
  return { ok: true, message: `Thème « ${form.data.name} » ajouté.` };
});

export const updateThemeAction = guardDatabase(async function updateThemeAction(themeId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(themeId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(ThemeFormSchema, formData, values, INVALID_FORM);
  if (!form.ok) return form.state;
  try {
    const { version } = await updateTheme(actorOf(user), id.data, form.data);
    return { ok: true, message: "Thème enregistré.", values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      return { ok: false, message: `${error.message} Rechargez la page pour voir sa version ; votre saisie reste ci-dessous.`, values };
    }
    return dataErrorState(error, values);
  }
});

export const mergeThemesAction = guardDatabase(async function mergeThemesAction(sourceId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(sourceId);
  if (!id.success) return { ...INVALID_ID, values };
  formData.set("sourceId", id.data);
  const form = parseForm(ThemeMergeSchema, formData, values, "Rien n’est fusionné : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  let targetId: string;
  try {
    targetId = (await mergeThemes(actorOf(user), form.data.sourceId, form.data.targetId)).targetId;
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/themes?fusion=${encodeURIComponent(targetId)}#theme-${targetId}`);
});
