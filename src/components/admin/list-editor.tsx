"use client";

import { startTransition, useId, useRef, useState, type ChangeEvent, type ReactNode } from "react";
import { controlProps, FieldFrame, SaveOutcome } from "@/components/ui/field";
import type { ActionState } from "@/lib/forms/action-state";
import { Button } from "@/components/ui/button";

type Row<T> = T & { key: string };

/** Rows held in React state with stable keys, so inputs keep their text when rows move. */
export function useRows<T>(initial: T[]) {
  const prefix = useId();
  // Keys never reused, even for rows added twice before a render.
  const created = useRef(initial.length);
  const [rows, setRows] = useState<Row<T>[]>(() => initial.map((row, i) => ({ ...row, key: `${prefix}-${i}` })));
  return {
    rows,
    add: (row: T) => setRows((current) => [...current, { ...row, key: `${prefix}-${(created.current += 1)}` }]),
    remove: (index: number) => setRows((current) => current.filter((_, i) => i !== index)),
    move: (index: number, by: -1 | 1) =>
      setRows((current) => {
        const target = index + by;
        if (target < 0 || target >= current.length) return current;
        const next = [...current];
        [next[index], next[target]] = [next[target]!, next[index]!];
        return next;
      }),
    update: (index: number, patch: Partial<T>) => setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row))),
  };
}

/** One list of the table form: its rows, each with move and remove buttons, and an add button. */
export function ListSection<T>({
  title,
  description,
  rows,
  itemLabel,
  addLabel,
  error,
  renderRow,
  onAdd,
  onMove,
  onRemove,
}: {
  title: string;
  description?: string;
  rows: Row<T>[];
  itemLabel: string;
  /** The add button's text: "Ajouter une piste". */
  addLabel: string;
  error?: string[];
  renderRow: (row: Row<T>, index: number) => ReactNode;
  onAdd: () => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const headingId = useId();
  return (
    <fieldset aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-3 sm:p-4">
      <legend className="sr-only">{title}</legend>
      <h2 id={headingId} className="text-xl font-bold">
        {title} <span className="text-base font-normal text-muted">({rows.length})</span>
      </h2>
      {description ? <p className="mt-1 text-sm text-muted">{description}</p> : null}
      {error ? (
        <p role="alert" className="mt-2 font-semibold text-accent-dark">
          {error.join(" ")}
        </p>
      ) : null}
      <ol className="mt-3 space-y-4">
        {rows.map((row, index) => (
          <li key={row.key} className="border-t border-line pt-3 first:border-t-0 first:pt-0">
            {renderRow(row, index)}
            <div className="mt-2 flex flex-wrap gap-2 text-sm">
              <Button type="button" variant="secondary" size="compact" onClick={() => onMove(index, -1)} disabled={index === 0}>
                Monter
                <span className="sr-only">
                  {" "}
                  {itemLabel} {index + 1}
                </span>
              </Button>
              <Button type="button" variant="secondary" size="compact" onClick={() => onMove(index, 1)} disabled={index === rows.length - 1}>
                Descendre
                <span className="sr-only">
                  {" "}
                  {itemLabel} {index + 1}
                </span>
              </Button>
              <Button type="button" variant="danger" size="compact" onClick={() => onRemove(index)}>
                Retirer
                <span className="sr-only">
                  {" "}
                  {itemLabel} {index + 1}
                </span>
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button type="button" variant="danger" className="mt-3" onClick={onAdd}>
        {addLabel}
      </Button>
    </fieldset>
  );
}

/** A field of a list row, its value held in the row's state. */
export function RowField({
  name,
  label,
  value,
  onChange,
  errors,
  multiline,
  hint,
  list,
  rows = 3,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  multiline?: boolean;
  hint?: string;
  list?: string;
  rows?: number;
}) {
  const props = {
    ...controlProps(name, errors, hint),
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
  };
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} small>
      {multiline ? <textarea rows={rows} {...props} /> : <input list={list} {...props} />}
    </FieldFrame>
  );
}

/**
 * A form whose values live in React state (the table form, the synthesis form), built for a
 * phone: the outcome on top, the copy's version hidden, a save button that stays in view.
 * It is submitted by hand: a form action would reset the form afterwards, unchecking the
 * controlled boxes on screen while their state says otherwise. After a conflict, the version
 * sent is the other person's, so that saving again is a deliberate choice.
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
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-6 pb-24"
      noValidate
    >
      <SaveOutcome state={state} />
      <input type="hidden" name="version" value={current} />
      {children}
      <div className="sticky bottom-0 -mx-4 border-t border-line bg-paper/95 px-4 py-3">
        <Button type="submit" disabled={pending} className="w-full sm:w-auto">
          {pending ? "Enregistrement…" : state.conflict ? "Enregistrer ma version à la place" : submitLabel}
        </Button>
      </div>
    </form>
  );
}
