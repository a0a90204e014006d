"use server";

import { redirect } from "next/navigation";
import { ThemeCreateSchema, ThemeFormSchema, ThemeMergeSchema } from "@/lib/schemas/theme-form";
import { formAction } from "@/server/actions/form-action";
import { createTheme } from "@/server/data/themes/create-theme";
import { mergeThemes } from "@/server/data/themes/merge-themes";
import { updateTheme } from "@/server/data/themes/update-theme";

const invalidMessage = "Le thème n’est pas enregistré : corrigez les champs signalés.";

export const createThemeAction = formAction({ access: "organiser", schema: ThemeCreateSchema, invalidMessage }, async ({ actor, input }) => {
  await createTheme(actor, input);
  // No values back: the form is emptied for the next theme.
  return { ok: true, message: `Thème « ${input.name} » ajouté.` };
});

export const updateThemeAction = formAction(
  { access: "organiser", ids: ["themeId"], schema: ThemeFormSchema, invalidMessage },
  async ({ actor, ids, input, values }) => {
    const { version } = await updateTheme(actor, ids.themeId, input);
    return { ok: true, message: "Thème enregistré.", values: { ...values, version: String(version) } };
  },
);

export const mergeThemesAction = formAction(
  {
    access: "organiser",
    ids: ["sourceId"],
    idsInForm: true,
    schema: ThemeMergeSchema,
    invalidMessage: "Rien n’est fusionné : corrigez les champs signalés.",
  },
  async ({ actor, input }) => {
    const { targetId } = await mergeThemes(actor, input.sourceId, input.targetId);
    redirect(`/admin/themes?fusion=${encodeURIComponent(targetId)}#theme-${targetId}`);
  },
);
