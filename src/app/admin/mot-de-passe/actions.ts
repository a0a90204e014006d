"use server";

import { z } from "zod";
import { formValues, type ActionState } from "@/lib/action-state";
import { formDataToObject } from "@/lib/forms/form-data";
import { ChangePasswordSchema } from "@/lib/schemas/auth";
import { changePassword } from "@/server/sign-in";
import { getSessionUser } from "@/server/session";
import { guardDatabase } from "@/app/database-guard";

export const changePasswordAction = guardDatabase(async function changePasswordAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: "Votre session a expiré : reconnectez-vous." };
  const values = formValues(formData, ["currentPassword", "newPassword", "confirmation"]);
  const parsed = ChangePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const changed = await changePassword(parsed.data);
  if (!changed) return { ok: false, fieldErrors: { currentPassword: ["Mot de passe actuel incorrect."] }, values };
  return { ok: true, message: "Mot de passe changé. Vos autres sessions ont été fermées." };
});
