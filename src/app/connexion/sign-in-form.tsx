"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState } from "@/lib/forms/action-state";
import { signInAction } from "./actions";
import { Button } from "@/components/ui/button";

export function SignInForm() {
  const [state, action, pending] = useActionState(signInAction, initialActionState);
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="email"
        label="Adresse e-mail"
        type="email"
        autoComplete="username"
        required
        defaultValue={state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <Field name="password" label="Mot de passe" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <Button type="submit" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
