"use client";

import { useActionState, useId } from "react";
import { ConfirmBox, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

/**
 * Deleting something that cannot be restored: a ticked box, then the button. `what` names
 * it as the button does ("la table 3", "le brouillon « Paris 2021 »"), never a vague "this".
 */
export function DeleteForm({ action, version, what, consequence }: { action: FormAction; version: number; what: string; consequence: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const id = useId();
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-accent-dark bg-white p-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <p>{consequence}</p>
      <ConfirmBox id={id} errors={state.fieldErrors?.confirm}>
        Je confirme vouloir supprimer {what}.
      </ConfirmBox>
      <Button variant="danger" type="submit" disabled={pending}>
        {pending ? "Suppression…" : `Supprimer ${what}`}
      </Button>
    </form>
  );
}
