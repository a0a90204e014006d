"use client";

import { useActionState, useId } from "react";
import { FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/action-state";

/** Deleting something that cannot be restored: a ticked box, then the button. */
export function DeleteForm({ action, version, what, consequence }: { action: FormAction; version: number; what: string; consequence: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const id = useId();
  const error = state.fieldErrors?.confirm?.join(" ");
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-accent-dark bg-white p-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <p>{consequence}</p>
      <div>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" name="confirm" value="oui" className="size-5" aria-invalid={!!error || undefined} aria-describedby={`${id}-erreur`} />
          Je confirme la suppression {what}.
        </label>
        <p id={`${id}-erreur`} aria-live="polite" className="text-sm font-semibold text-accent-dark">
          {error}
        </p>
      </div>
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-accent-dark px-4 font-semibold text-accent-dark disabled:opacity-60">
        {pending ? "Suppression…" : `Supprimer ${what}`}
      </button>
    </form>
  );
}
