"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

/** Invites a rapporteur (by the email of their account) or ends the invitation. */
export function EditorForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <RequiredNote />
      <FormMessage state={state} />
      <Field
        name="email"
        label="Adresse e-mail du compte rapporteur·e"
        type="email"
        required
        defaultValue={state.ok ? "" : state.values?.email}
        errors={state.fieldErrors?.email}
      />
      <div className="flex flex-wrap gap-2">
        <Button variant="primary" type="submit" name="invite" value="oui" disabled={pending}>
          Inviter
        </Button>
        <Button variant="secondary" type="submit" name="invite" value="non" disabled={pending}>
          Retirer l&rsquo;invitation
        </Button>
      </div>
    </form>
  );
}
