"use client";

import { useActionState } from "react";
import { ConfirmBox, controlProps, Field, FieldFrame, FormMessage, TextArea } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from "@/lib/schemas/organisation";
import { ORGANISATION_FIELD_LABELS as LABELS } from "@/lib/schemas/organisation-form";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

type Organisation = {
  id: string;
  name: string;
  kind: string;
  city: string | null;
  website: string | null;
  description: string | null;
  version: number;
};

/** An organisation's own fields; its address (slug) does not change when it is renamed. */
export function OrganisationForm({ action, organisation }: { action: FormAction; organisation: Organisation }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  // After a save or a refusal, the form shows what was sent (nothing typed is lost).
  const value = (name: keyof typeof LABELS) => state.values?.[name] ?? organisation[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const version = state.values?.version ?? String(organisation.version);
  return (
    <form action={formAction} className="space-y-4" noValidate key={version}>
      <RequiredNote />
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <Field
        name="name"
        label={LABELS.name}
        required
        minLength={2}
        maxLength={200}
        defaultValue={value("name")}
        errors={errors("name")}
        hint="Deux fiches ne peuvent pas porter le même nom, aux majuscules, accents et articles près."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FieldFrame name="kind" label={LABELS.kind} errors={errors("kind")}>
          <select {...controlProps("kind", errors("kind"))} defaultValue={value("kind")}>
            {ORGANISATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {ORGANISATION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </FieldFrame>
        <Field name="city" label={`${LABELS.city} (facultatif)`} maxLength={120} defaultValue={value("city")} errors={errors("city")} />
      </div>
      <Field
        name="website"
        label={`${LABELS.website} (facultatif)`}
        type="url"
        inputMode="url"
        maxLength={300}
        placeholder="https://"
        defaultValue={value("website")}
        errors={errors("website")}
        hint="Une adresse commençant par https:// ou http://."
      />
      <TextArea
        name="description"
        label={`${LABELS.description} (facultatif)`}
        rows={4}
        maxLength={1000}
        defaultValue={value("description")}
        errors={errors("description")}
      />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer l’organisation"}
      </Button>
    </form>
  );
}

/** Merges this organisation (a duplicate, deleted) into the one chosen in the list. */
export function OrganisationMergeForm({
  action,
  organisation,
  choices,
}: {
  action: FormAction;
  organisation: { name: string };
  choices: { id: string; name: string; city: string | null }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = (name: string) => state.fieldErrors?.[name];
  const hint = choices.length === 0 ? "Aucune organisation ne correspond à la recherche : cherchez un autre nom." : undefined;
  return (
    <form action={formAction} noValidate>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Fusionner «&#8239;{organisation.name}&#8239;» dans…</legend>
        <FormMessage state={state} />
        <FieldFrame name="keepId" label="Organisation à garder" errors={errors("keepId")} hint={hint}>
          <select {...controlProps("keepId", errors("keepId"), hint)} defaultValue={state.values?.keepId ?? ""}>
            <option value="">Choisir une organisation</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
                {c.city ? ` (${c.city})` : ""}
              </option>
            ))}
          </select>
        </FieldFrame>
        <ConfirmBox id="champ-confirm" errors={errors("confirm")} defaultChecked={state.values?.confirm === "oui"}>
          Je confirme&nbsp;: «&#8239;{organisation.name}&#8239;» sera supprimée
        </ConfirmBox>
        <Button variant="primary" type="submit" disabled={pending}>
          {pending ? "Fusion…" : "Fusionner"}
        </Button>
      </fieldset>
    </form>
  );
}
