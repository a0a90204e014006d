"use client";

import { useActionState, type ReactNode } from "react";
import { FormMessage } from "@/components/ui/field";
import { initialActionState, type ActionState, type FormAction } from "@/lib/action-state";
import { THEME_FIELD_LABELS as LABELS } from "@/lib/schemas/theme-form";

const BUTTON = "min-h-11 rounded bg-accent-dark px-4 py-2 font-semibold text-white hover:bg-accent disabled:opacity-60";
const CONTROL = "mt-1 w-full rounded border bg-white px-3 py-2";

/**
 * A labelled control wired for errors like ui/Field, with ids scoped to one form: the
 * themes page holds one edit form per theme, whose fields share their names.
 */
function ScopedField({ scope, name, label, errors, hint, children }: { scope: string; name: string; label: string; errors?: string[]; hint?: string; children: (props: ControlProps) => ReactNode }) {
  const id = `${scope}-${name}`;
  const hasError = !!errors && errors.length > 0;
  const props: ControlProps = {
    id,
    name,
    "aria-invalid": hasError || undefined,
    "aria-describedby": [hint ? `${id}-aide` : null, `${id}-erreur`].filter(Boolean).join(" "),
    className: `${CONTROL} ${hasError ? "border-accent-dark" : "border-muted"}`,
  };
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {children(props)}
      {hint ? (
        <p id={`${id}-aide`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-erreur`} aria-live="polite" className="mt-1 text-sm font-semibold text-accent-dark">
        {hasError ? errors.join(" ") : null}
      </p>
    </div>
  );
}

type ControlProps = { id: string; name: string; "aria-invalid"?: boolean; "aria-describedby": string; className: string };

function NameAndDescription({ scope, state, initial }: { scope: string; state: ActionState; initial: { name?: string; description?: string | null } }) {
  const errors = (name: string) => state.fieldErrors?.[name];
  return (
    <>
      <ScopedField scope={scope} name="name" label={LABELS.name} errors={errors("name")} hint="De 2 à 80 caractères.">
        {(props) => <input {...props} required minLength={2} maxLength={80} defaultValue={state.values?.name ?? initial.name ?? ""} />}
      </ScopedField>
      <ScopedField scope={scope} name="description" label={`${LABELS.description} (facultatif)`} errors={errors("description")} hint="Une ou deux phrases, affichées sur la page publique du thème.">
        {(props) => <textarea {...props} rows={3} maxLength={1000} defaultValue={state.values?.description ?? initial.description ?? ""} />}
      </ScopedField>
    </>
  );
}

/** Adds a theme at the end of the taxonomy. */
export function ThemeCreateForm({ action }: { action: FormAction }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  return (
    <form action={formAction} className="space-y-3 rounded-lg border border-line bg-white p-4" noValidate>
      <FormMessage state={state} />
      <NameAndDescription scope="nouveau-theme" state={state} initial={{}} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Ajout…" : "Ajouter le thème"}
      </button>
    </form>
  );
}

/** Renames a theme or edits its description; its address (slug) does not change. */
export function ThemeEditForm({ action, theme }: { action: FormAction; theme: { id: string; name: string; description: string | null; version: number } }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const version = state.values?.version ?? String(theme.version);
  return (
    <form action={formAction} className="space-y-3" noValidate key={version}>
      <FormMessage state={state} />
      <input type="hidden" name="version" value={version} />
      <NameAndDescription scope={`theme-${theme.id}`} state={state} initial={theme} />
      <button type="submit" disabled={pending} className={BUTTON}>
        {pending ? "Enregistrement…" : "Enregistrer le thème"}
      </button>
    </form>
  );
}

/** Merges a theme into another one chosen in a list; the theme merged disappears. */
export function ThemeMergeForm({ action, theme, others }: { action: FormAction; theme: { id: string; name: string; slug: string }; others: { id: string; name: string }[] }) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const scope = `fusion-${theme.id}`;
  const errors = (name: string) => state.fieldErrors?.[name];
  if (others.length === 0) return <p className="text-muted">Aucun autre thème dans lequel le fusionner.</p>;
  return (
    <form action={formAction} noValidate>
      <fieldset className="space-y-3">
        <legend className="font-semibold">Fusionner « {theme.name} » dans…</legend>
        <FormMessage state={state} />
        <p className="text-sm text-muted">
          Ses pistes, ses exemples et ses groupes de synthèse passent dans le thème choisi, puis « {theme.name} » est supprimé : son adresse /themes/{theme.slug} ne
          fonctionnera plus. La fusion ne peut pas être annulée.
        </p>
        <ScopedField scope={scope} name="targetId" label={LABELS.targetId} errors={errors("targetId")}>
          {(props) => (
            <select {...props} defaultValue={state.values?.targetId ?? ""}>
              <option value="">Choisir un thème</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          )}
        </ScopedField>
        <div>
          <label className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name="confirm"
              value="oui"
              defaultChecked={state.values?.confirm === "oui"}
              aria-invalid={errors("confirm") ? true : undefined}
              aria-describedby={`${scope}-confirm-erreur`}
              className="size-5"
            />
            Je confirme la fusion de « {theme.name} »
          </label>
          <p id={`${scope}-confirm-erreur`} aria-live="polite" className="text-sm font-semibold text-accent-dark">
            {errors("confirm")?.join(" ")}
          </p>
        </div>
        <button type="submit" disabled={pending} className={BUTTON}>
          {pending ? "Fusion…" : "Fusionner"}
        </button>
      </fieldset>
    </form>
  );
}
