"use client";

import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import { SaveOutcome } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/forms/action-state";
import { plural } from "@/lib/text/format";
import { ErrorSummary, focusField, invalidFields, type InvalidField } from "./editor/error-summary";
import { useUnsavedWarning } from "./editor/use-unsaved-warning";

/**
 * A form whose values live in React state (the table form, the synthesis form), built for a
 * phone: a save bar that stays in view and says how the save went (read out too), a
 * summary of the errors on top with the cursor moved to the first, and a warning before
 * leaving with unsaved changes. It is submitted by hand: a form action would reset the
 * form afterwards, unchecking the controlled boxes on screen while their state says
 * otherwise. After a conflict, the version sent is the other person's, so that saving
 * again is a deliberate choice.
 */
export function ListForm({
  state,
  formAction,
  pending,
  version,
  submitLabel,
  children,
}: {
  state: ActionState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  /** The version of the copy as the page read it. */
  version: number;
  submitLabel: string;
  children: ReactNode;
}) {
  const current = state.conflict?.version ?? (state.ok && state.values?.version ? Number(state.values.version) : version);
  const form = useRef<HTMLFormElement>(null);
  // The outcome current at the first change since the last save: a later successful
  // outcome means the change was saved.
  const [changedAt, setChangedAt] = useState<ActionState | null>(null);
  const isDirty = changedAt !== null && !(state.ok && state !== changedAt);
  const markChanged = () => setChangedAt((at) => (at === null || (state.ok && state !== at) ? state : at));
  const [invalid, setInvalid] = useState<InvalidField[]>([]);
  useUnsavedWarning(isDirty);

  useEffect(() => {
    // Once the fields show their errors: the summary reads them from the page, in its order.
    const frame = requestAnimationFrame(() => {
      const fields = form.current ? invalidFields(form.current) : [];
      setInvalid(fields);
      if (fields[0]) focusField(fields[0].id);
    });
    return () => cancelAnimationFrame(frame);
  }, [state]);

  const errorCount = Object.values(state.fieldErrors ?? {}).filter((e) => e && e.length > 0).length;
  const outcome = pending
    ? "Enregistrement en cours…"
    : errorCount > 0
      ? `${plural(errorCount, "erreur")}. ${state.message ?? "Corrigez les champs signalés."}`
      : (state.message ?? "");

  return (
    <form
      ref={form}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      onChange={markChanged}
      onClick={(event) => {
        // Adding, moving or removing a row changes the form as much as typing does.
        if (event.target instanceof Element && event.target.closest("button[type=button]")) markChanged();
      }}
      className="space-y-6 pb-4"
      noValidate
    >
      <ErrorSummary fields={invalid} count={errorCount} />
      <SaveOutcome state={{ ...state, message: undefined }} />
      <input type="hidden" name="version" value={current} />
      {children}
      <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-line bg-paper px-4 py-3">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Enregistrement…" : state.conflict ? "Enregistrer ma version à la place" : submitLabel}
        </Button>
        <p role="status" className={`text-sm font-semibold ${state.ok || pending ? "" : "text-accent-dark"}`}>
          {outcome}
        </p>
      </div>
    </form>
  );
}
