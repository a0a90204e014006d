"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { changePasswordAction } from "./actions";
import { Button } from "@/components/ui/button";

export function ChangePasswordForm() {
  const [state, action, pending] = useActionState(changePasswordAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        label="Mot de passe actuel"
        type="password"
        autoComplete="current-password"
        errors={state.fieldErrors?.currentPassword}
      />
      <Field
        name="newPassword"
        label="Nouveau mot de passe"
        type="password"
        autoComplete="new-password"
        hint="Au moins 10 caractères."
        errors={state.fieldErrors?.newPassword}
      />
      <Field
        name="confirmation"
        label="Nouveau mot de passe, à nouveau"
        type="password"
        autoComplete="new-password"
        errors={state.fieldErrors?.confirmation}
      />
      <Button type="submit" disabled={pending}>
        Changer le mot de passe
      </Button>
    </form>
  );
}
