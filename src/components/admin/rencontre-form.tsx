"use client";

import { useActionState } from "react";
import { Field, SaveOutcome, TextArea } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { RENCONTRE_FIELD_LABELS as LABELS } from "@/lib/schemas/rencontre-form";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

type Values = Partial<Record<keyof typeof LABELS, string | null>> & { version?: number };

const MARKDOWN_HINT = "Paragraphes séparés par une ligne vide ; **gras** pour les mots-clés, « - » en début de ligne pour une liste.";

/** A rencontre's own fields, for creating one and for editing it. */
export function RencontreForm({ action, initial, submitLabel }: { action: FormAction; initial: Values; submitLabel: string }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  // After a save or a refusal, the form shows what was sent (nothing typed is lost).
  const value = (name: keyof typeof LABELS) => state.values?.[name] ?? initial[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const version = state.values?.version ?? (initial.version ? String(initial.version) : undefined);
  return (
    <form action={formAction} className="space-y-4" noValidate key={state.values?.version ?? "form"}>
      <RequiredNote />
      <SaveOutcome state={state} />
      {version ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="title" label={LABELS.title} required maxLength={200} defaultValue={value("title")} errors={errors("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="city" label={LABELS.city} required maxLength={100} defaultValue={value("city")} errors={errors("city")} />
        <Field name="date" label={LABELS.date} type="date" defaultValue={value("date")} errors={errors("date")} />
        <Field
          name="territory"
          label={`${LABELS.territory} (facultatif)`}
          maxLength={120}
          defaultValue={value("territory")}
          errors={errors("territory")}
        />
        <Field
          name="venueName"
          label={`${LABELS.venueName} (facultatif)`}
          maxLength={200}
          defaultValue={value("venueName")}
          errors={errors("venueName")}
        />
      </div>
      <TextArea
        name="introduction"
        label={LABELS.introduction}
        rows={6}
        hint={MARKDOWN_HINT}
        defaultValue={value("introduction")}
        errors={errors("introduction")}
      />
      <Field
        name="studyTitle"
        label={`${LABELS.studyTitle} (facultatif)`}
        maxLength={300}
        defaultValue={value("studyTitle")}
        errors={errors("studyTitle")}
      />
      <TextArea name="study" label={LABELS.study} rows={5} defaultValue={value("study")} errors={errors("study")} />
      <TextArea
        name="roundTableText"
        label={LABELS.roundTableText}
        rows={5}
        defaultValue={value("roundTableText")}
        errors={errors("roundTableText")}
      />
      <TextArea
        name="workshopFormat"
        label={LABELS.workshopFormat}
        rows={3}
        defaultValue={value("workshopFormat")}
        errors={errors("workshopFormat")}
      />
      <TextArea name="closingText" label={LABELS.closingText} rows={4} defaultValue={value("closingText")} errors={errors("closingText")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : submitLabel}
      </Button>
    </form>
  );
}
