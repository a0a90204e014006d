"use server";

import { ThemeQueueChoiceSchema } from "@/lib/schemas/theme-queue";
import { formAction } from "@/server/actions/form-action";
import { addItemTheme } from "@/server/data/themes/add-item-theme";

// "member": a rapporteur themes the items of the rencontres they are invited to (the data layer scopes it).
export const addItemThemeAction = formAction({ access: "member", schema: ThemeQueueChoiceSchema }, async ({ actor, input }) => {
  const { theme } = await addItemTheme(actor, input);
  return { ok: true, message: `Thème «\u202f${theme}\u202f» donné.` };
});
