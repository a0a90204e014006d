"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";

export function NewTableForm({ action, suggestedNumber }: { action: FormAction; suggestedNumber: number }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <h3 className="font-bold">Ajouter une table</h3>
      <FormMessage state={state} />
      <Field name="number" label="Numéro" inputMode="numeric" defaultValue={state.values?.number ?? String(suggestedNumber)} errors={state.fieldErrors?.number} />
      <Field name="title" label="Titre (facultatif)" maxLength={200} defaultValue={state.values?.title} errors={state.fieldErrors?.title} />
      <button type="submit" disabled={pending} className="min-h-11 rounded bg-accent-dark px-4 py-2 font-semibold text-white hover:bg-accent disabled:opacity-60">
        Ajouter la table
      </button>
    </form>
  );
}
