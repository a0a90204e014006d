"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";

const CHOICES = [
  { decision: "confirmer", label: "Confirmer", variant: "primary" },
  { decision: "famille", label: "Confirmer la famille", variant: "secondary" },
  { decision: "rejeter", label: "Rejeter", variant: "secondary" },
] as const;

/** The three decisions on a proposed pair, each its own form (the pending one disables them all). */
export function ItemLinkDecision({ action, fromId, toId, label }: { action: FormAction; fromId: string; toId: string; label: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <div className="mt-3 space-y-2">
      <FormMessage state={state} />
      {state.ok ? null : (
        <div role="group" aria-label={label} className="flex flex-wrap gap-2">
          {CHOICES.map((choice) => (
            <form key={choice.decision} action={formAction} noValidate>
              <input type="hidden" name="fromId" value={fromId} />
              <input type="hidden" name="toId" value={toId} />
              <input type="hidden" name="decision" value={choice.decision} />
              <Button type="submit" variant={choice.variant} disabled={pending}>
                {choice.label}
              </Button>
            </form>
          ))}
        </div>
      )}
    </div>
  );
}
