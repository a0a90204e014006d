"use server";

import { ChangePasswordSchema } from "@/lib/schemas/auth";
import { formAction } from "@/server/actions/form-action";
import { changePassword } from "@/server/sign-in";

/** Any signed-in account changes its own password. */
export const changePasswordAction = formAction(
  { access: "member", schema: ChangePasswordSchema, secret: ["currentPassword", "newPassword", "confirmation"] },
  async ({ input, values }) => {
    const changed = await changePassword(input);
    if (!changed) return { ok: false, fieldErrors: { currentPassword: ["Mot de passe actuel incorrect."] }, values };
    return { ok: true, message: "Mot de passe changé. Vos autres sessions ont été fermées." };
  },
);
