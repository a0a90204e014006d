"use client";

import { useActionState } from "react";
import { ConfirmBox, controlProps, Field, FieldFrame, FormMessage, TextArea } from "@/components/ui/field";
import { initialActionState, type ActionState, type FormAction } from "@/lib/forms/action-state";
import { THEME_FIELD_LABELS as LABELS } from "@/lib/schemas/theme-form";
import { Button } from "@/components/ui/button";
import { RequiredNote } from "./required-note";

function NameAndDescription({
  scope,
  state,
  initial,
}: {
  scope: string;
  state: ActionState;
  initial: { name?: string; description?: string | null };
}) {
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <>
      <Field
        scope={scope}
        name="name"
        label={LABELS.name}
        errors={errors("name")}
        hint="De 2 à 80 caractères."
        required
        minLength={2}
        maxLength={80}
        defaultValue={state.values?.name ?? initial.name ?? ""}
      />
      <TextArea
        scope={scope}
        name="description"
        label={`${LABELS.description} (facultatif)`}
        errors={errors("description")}
        hint="Une ou deux phrases, affichées sur la page publique du thème."
        rows={3}
        maxLength={1000}
        defaultValue={state.values?.description ?? initial.description ?? ""}
      />
    </>
  );
}

/** Adds a theme at the end of the taxonomy. */
export function ThemeCreateForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <RequiredNote />
      <FormMessage state={state} />
      <NameAndDescription scope="nouveau-theme" state={state} initial={{}} />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Ajout…" : "Ajouter le thème"}
      </Button>
    </form>
  );
}

/** Renames a theme or edits its description; its address (slug) does not change. */
export function ThemeEditForm({
  action,
  theme,
}: {
  action: FormAction;
  theme: { id: string; name: string; description: string | null; version: number };
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const version = state.values?.version ?? String(theme.version);
  return (
    <form action={formAction} className="space-y-3" noValidate key={version}>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <NameAndDescription scope={`theme-${theme.id}`} state={state} initial={theme} />
      <Button variant="primary" type="submit" disabled={pending}>
        {pending ? "Enregistrement…" : "Enregistrer le thème"}
      </Button>
    </form>
  );
}

/** Merges a theme into another one chosen in a list; the theme merged disappears. */
export function ThemeMergeForm({
  action,
  theme,
  others,
}: {
  action: FormAction;
  theme: { id: string; name: string; slug: string };
  others: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const scope = `fusion-${theme.id}`;
  const errors = (name: string) => state.fieldErrors?.[name];
  if (others.length === 0) return <p className="text-muted">Aucun autre thème dans lequel le fusionner.</p>;
  return (
    <form action={formAction} noValidate>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Fusionner «&#8239;{theme.name}&#8239;» dans…</legend>
        <FormMessage state={state} />
        <p className="text-sm text-muted">
          Ses pistes, ses exemples et ses groupes de synthèse passent dans le thème choisi, puis «&#8239;{theme.name}&#8239;» est supprimé&nbsp;: son
          adresse /themes/
          {theme.slug} ne fonctionnera plus. La fusion ne peut pas être annulée.
        </p>
        <FieldFrame scope={scope} name="targetId" label={LABELS.targetId} errors={errors("targetId")}>
          <select {...controlProps("targetId", errors("targetId"), undefined, scope)} defaultValue={state.values?.targetId ?? ""}>
            <option value="">Choisir un thème</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </FieldFrame>
        <ConfirmBox id={`${scope}-confirm`} errors={errors("confirm")} defaultChecked={state.values?.confirm === "oui"}>
          Je confirme la fusion de «&#8239;{theme.name}&#8239;»
        </ConfirmBox>
        <Button variant="primary" type="submit" disabled={pending}>
          {pending ? "Fusion…" : "Fusionner"}
        </Button>
      </fieldset>
    </form>
  );
}
