import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import type { ActionState } from "@/lib/forms/action-state";

/**
 * `scope` prefixes the ids ("champ" by default): a page with one form per row (a theme, an
 * account) gives each its own, so that fields of the same name never share an id.
 */
type FieldProps = { name: string; label: string; errors?: string[]; hint?: string; scope?: string; required?: boolean };

/** The attributes that tie a control to its label, hint and error message. */
export function controlProps(name: string, errors?: string[], hint?: string, scope = "champ") {
  const id = `${scope}-${name}`;
  const hasError = !!errors && errors.length > 0;
  return {
    id,
    name,
    "aria-invalid": hasError || undefined,
    "aria-describedby": [hint ? `${id}-aide` : null, `${id}-erreur`].filter(Boolean).join(" "),
    className: `mt-1 w-full rounded border bg-white px-3 py-2 ${hasError ? "border-accent-dark" : "border-muted"}`,
  };
}

/** Label, control, hint, and the error message read out when it appears. */
export function FieldFrame({
  name,
  label,
  errors,
  hint,
  scope = "champ",
  small,
  required,
  children,
}: FieldProps & { small?: boolean; children: ReactNode }) {
  const id = `${scope}-${name}`;
  return (
    <div>
      <label htmlFor={id} className={`block font-semibold ${small ? "text-sm" : ""}`}>
        {label}
        {/* Said in words, not by an asterisk, so that every reader gets it (the form says how above). */}
        {required ? <span className="font-normal text-muted"> (obligatoire)</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-aide`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-erreur`} aria-live="polite" className="mt-1 text-sm font-semibold text-accent-dark">
        {errors && errors.length > 0 ? errors.join(" ") : null}
      </p>
    </div>
  );
}

/** A labelled input wired for errors: aria-invalid, aria-describedby, and the message read out when it appears. */
export function Field({ name, label, errors, hint, scope, className, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const control = controlProps(name, errors, hint, scope);
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} scope={scope} required={input.required}>
      <input {...control} {...input} className={`${control.className} ${className ?? ""}`} />
    </FieldFrame>
  );
}

/** A labelled multi-line text, wired for errors like Field. */
export function TextArea({ name, label, errors, hint, scope, className, ...input }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const control = controlProps(name, errors, hint, scope);
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} scope={scope} required={input.required}>
      <textarea rows={4} {...control} {...input} className={`${control.className} ${className ?? ""}`} />
    </FieldFrame>
  );
}

/**
 * The box ticked to confirm what cannot be undone (a merge, a deletion): it sends
 * `confirm=oui`, and its error is read out next to it.
 */
export function ConfirmBox({
  id,
  errors,
  defaultChecked,
  describedBy,
  children,
}: {
  id: string;
  errors?: string[];
  defaultChecked?: boolean;
  describedBy?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label className="flex min-h-11 items-center gap-2">
        <input
          type="checkbox"
          name="confirm"
          value="oui"
          defaultChecked={defaultChecked}
          aria-invalid={errors && errors.length > 0 ? true : undefined}
          aria-describedby={[describedBy, `${id}-erreur`].filter(Boolean).join(" ")}
          className="size-5"
        />
        {children}
      </label>
      <p id={`${id}-erreur`} aria-live="polite" className="text-sm font-semibold text-accent-dark">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={`rounded border p-3 ${state.ok ? "border-line bg-white" : "border-accent-dark bg-highlight/40"}`}
    >
      {state.message}
    </p>
  );
}

/** The outcome of a save: a success, a refusal, or someone else's newer version and how it differs. */
export function SaveOutcome({ state }: { state: ActionState }) {
  return (
    <>
      <FormMessage state={state} />
      {state.conflict ? (
        <div role="region" aria-label="Différences avec la version enregistrée" className="rounded border border-accent-dark bg-white p-3 text-sm">
          {state.conflict.lastChange ? <p className="font-semibold">Dernier enregistrement&nbsp;: {state.conflict.lastChange}.</p> : null}
          {state.conflict.differences.length > 0 ? (
            <ul className="mt-2 list-disc pl-5">
              {state.conflict.differences.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">Sa version et la vôtre ont le même contenu.</p>
          )}
        </div>
      ) : null}
    </>
  );
}
