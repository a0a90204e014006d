"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

export function NewTableForm({ action, suggestedNumber }: { action: FormAction; suggestedNumber: number }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <RequiredNote />
      <h3 className="font-bold">Ajouter une table</h3>
      <FormMessage state={state} />
      <Field
        name="number"
        label="Numéro"
        inputMode="numeric"
        required
        defaultValue={state.values?.number ?? String(suggestedNumber)}
        errors={state.fieldErrors?.number}
      />
      <Field name="title" label="Titre (facultatif)" maxLength={200} defaultValue={state.values?.title} errors={state.fieldErrors?.title} />
      <Button variant="primary" type="submit" disabled={pending}>
        Ajouter la table
      </Button>
    </form>
  );
}
