import type { InputHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { ActionState } from "@/lib/action-state";

/** A labelled input wired for errors: aria-invalid, aria-describedby, and the message read out when it appears. */
export function Field({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `champ-${name}`;
  const hasError = !!errors && errors.length > 0;
  const describedBy = [hint ? `${id}-aide` : null, `${id}-erreur`].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={hasError || undefined}
        aria-describedby={describedBy}
        className={`mt-1 w-full rounded border bg-white px-3 py-2 ${hasError ? "border-accent-dark" : "border-muted"}`}
        {...input}
      />
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

export function FormMessage({ state }: { state: { ok: boolean; message?: string } }) {
  if (!state.message) return null;
  return (
    <p role={state.ok ? "status" : "alert"} className={`rounded border p-3 ${state.ok ? "border-line bg-white" : "border-accent-dark bg-highlight/40"}`}>
      {state.message}
    </p>
  );
}

/** A labelled multi-line text, wired for errors like Field. */
export function TextArea({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `champ-${name}`;
  const hasError = !!errors && errors.length > 0;
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={4}
        aria-invalid={hasError || undefined}
        aria-describedby={[hint ? `${id}-aide` : null, `${id}-erreur`].filter(Boolean).join(" ")}
        className={`mt-1 w-full rounded border bg-white px-3 py-2 ${hasError ? "border-accent-dark" : "border-muted"}`}
        {...input}
      />
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

/** The outcome of a save: a success, a refusal, or someone else's newer version and how it differs. */
export function SaveOutcome({ state }: { state: ActionState }) {
  return (
    <>
      <FormMessage state={state} />
      {state.conflict ? (
        <div role="region" aria-label="Différences avec la version enregistrée" className="rounded border border-accent-dark bg-white p-3 text-sm">
          {state.conflict.lastChange ? <p className="font-semibold">Dernier enregistrement : {state.conflict.lastChange}.</p> : null}
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
