"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { ERASE_CONFIRMATION, PERSON_VISIBILITIES } from "@/lib/schemas/person-form";
import { Button } from "@/components/ui/button";
import { RadioGroup } from "@/components/ui/radio-group";

/** Whether the person's name appears on the public pages. */
export function PersonVisibilityForm({ action, visibility, version }: { action: FormAction; visibility: "PUBLIC" | "HIDDEN"; version: number }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const current = state.values?.visibility ?? visibility;
  const errors = state.fieldErrors?.visibility;
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate key={state.values?.version ?? "form"}>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={state.values?.version ?? String(version)} />
      <RadioGroup name="visibility" legend="Sur les pages publiques" options={PERSON_VISIBILITIES} checked={current} errors={errors} />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer ce choix"}
      </Button>
    </form>
  );
}

/** Erases the person for good, once the confirmation word is typed. */
export function PersonEraseForm({ action, participations }: { action: FormAction; participations: number }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="rounded-lg border border-accent-dark bg-white p-4" noValidate>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Effacer cette personne</legend>
        <p className="text-sm">
          Son nom, ses {participations >= 2 ? `${participations} participations` : "participations"} et ses interventions en table ronde seront
          supprimés définitivement. Le journal gardera seulement la trace d&rsquo;un effacement, sans son nom. Pensez à exporter ses données
          d&rsquo;abord si elle les a demandées.
        </p>
        <FormMessage state={state} />
        <Field
          name="confirmation"
          label={`Tapez ${ERASE_CONFIRMATION} pour confirmer`}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          defaultValue={state.values?.confirmation}
          errors={state.fieldErrors?.confirmation}
        />
        <Button variant="primary" type="submit" disabled={pending}>
          {pending ? "Effacement…" : "Effacer définitivement"}
        </Button>
      </fieldset>
    </form>
  );
}
