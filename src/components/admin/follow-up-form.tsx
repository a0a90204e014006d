"use client";

import { useActionState } from "react";
import { Field, FormMessage, SaveOutcome, TextArea } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { IDEA_STATUSES } from "@/lib/schemas/catalogue";
import { FOLLOW_UP_TEXT_MAX } from "@/lib/schemas/follow-up-form";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";

/** An idea's status and a dated note on what became of it. */
export function FollowUpForm({ action, status, version, today }: { action: FormAction; status: string; version: number; today: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const value = (name: string, fallback: string) => state.values?.[name] ?? fallback;
  const errors = (name: string) => state.fieldErrors?.[name];
  const currentStatus = value("status", status);
  return (
    <form action={formAction} className="space-y-4 rounded-lg border border-line bg-white p-4" noValidate key={state.values?.version ?? "form"}>
      <SaveOutcome state={state} />
      <input type="hidden" name="version" value={value("version", String(version))} />
      <RadioGroup name="status" legend="Statut de la piste" options={IDEA_STATUSES} checked={currentStatus} errors={errors("status")} isTwoColumns />
      <fieldset className="space-y-3">
        <legend className="font-semibold">Note de suivi (facultative)</legend>
        <Field name="date" label="Date" type="date" max={today} defaultValue={value("date", today)} errors={errors("date")} />
        <TextArea
          name="text"
          label="Ce qui s’est passé"
          rows={4}
          maxLength={FOLLOW_UP_TEXT_MAX}
          hint="Laissez vide pour changer seulement le statut. La note est publiée sous la piste, avec sa date et son statut."
          defaultValue={value("text", "")}
          errors={errors("text")}
        />
      </fieldset>
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer le suivi"}
      </Button>
    </form>
  );
}

/** Deletes one follow-up note (shown to admins only). */
export function DeleteNoteButton({ action, noteDate }: { action: FormAction; noteDate: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="mt-2 flex flex-wrap items-center gap-3" noValidate>
      <Button type="submit" variant="secondary" size="compact" disabled={pending}>
        {pending ? "Suppression…" : "Supprimer cette note"}
        <span className="sr-only"> du {noteDate}</span>
      </Button>
      <FormMessage state={state} />
    </form>
  );
}
