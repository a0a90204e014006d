"use client";

import { useId, useRef, useState, type ChangeEvent, type KeyboardEvent, type ReactNode } from "react";
import { controlProps, FieldFrame } from "@/components/ui/field";
import { InlineText } from "@/components/ui/rich-text";
import { Button } from "@/components/ui/button";
import { RowMenu } from "./editor/row-menu";

export { ListForm } from "./list-form";

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

const firstControl = (item: Element | null | undefined) => item?.querySelector<HTMLElement>("input:not([type=hidden]), textarea, select") ?? null;

/**
 * One list of a form, collapsible with its count in the summary: its rows, each with a
 * small move/remove menu, and an add button. Adding a row (by the button, or by Enter in
 * the last row: `next` given to renderRow) puts the cursor in it, so a phone needs no tap.
 */
export function ListSection<T>({
  title,
  description,
  rows,
  itemLabel,
  addLabel,
  removeLabel = "Supprimer",
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
  /** The remove action's text: "Supprimer cette piste". */
  removeLabel?: string;
  error?: string[];
  /** `next`: what Enter in one of the row's fields does (the next row, added if need be). */
  renderRow: (row: Row<T>, index: number, next: () => void) => ReactNode;
  onAdd: () => void;
  onMove: (index: number, by: -1 | 1) => void;
  onRemove: (index: number) => void;
}) {
  const headingId = useId();
  const listId = useId();
  const rowControl = (index: "last" | number) => {
    const list = document.getElementById(listId);
    return firstControl(index === "last" ? list?.lastElementChild : list?.children[index]);
  };
  const add = () => {
    onAdd();
    // A click's state update is rendered before the next frame.
    requestAnimationFrame(() => rowControl("last")?.focus());
  };
  const goNext = (index: number) => {
    if (index === rows.length - 1) add();
    else rowControl(index + 1)?.focus();
  };
  return (
    <details open className="group rounded-lg border border-line bg-white">
      <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 p-3 sm:px-4 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
          ▸
        </span>
        <h2 id={headingId} className="text-xl font-bold">
          {title} <span className="text-base font-normal text-muted">({rows.length})</span>
        </h2>
      </summary>
      <fieldset aria-labelledby={headingId} className="px-3 pb-3 sm:px-4 sm:pb-4">
        {description ? <p className="text-sm text-muted">{description}</p> : null}
        {error ? (
          <p role="alert" className="mt-2 font-semibold text-accent-dark">
            {error.join(" ")}
          </p>
        ) : null}
        <ol id={listId} className="mt-3 space-y-4">
          {rows.map((row, index) => (
            <li key={row.key} className="flex items-start gap-2 border-t border-line pt-3 first:border-t-0 first:pt-0">
              <div className="min-w-0 flex-1">{renderRow(row, index, () => goNext(index))}</div>
              <div className="pt-6">
                <RowMenu
                  name={`${itemLabel} ${index + 1}`}
                  removeLabel={removeLabel}
                  isFirst={index === 0}
                  isLast={index === rows.length - 1}
                  onMove={(by) => onMove(index, by)}
                  onRemove={() => onRemove(index)}
                />
              </div>
            </li>
          ))}
        </ol>
        <Button type="button" variant="danger" className="mt-3" onClick={add}>
          {addLabel}
        </Button>
      </fieldset>
    </details>
  );
}

/**
 * A field of a list row, its value held in the row's state. `onEnter`: Enter goes to the
 * next row instead of submitting the form (Shift+Enter still starts a new line).
 * `preview`: the text as the catalogue will show it, its **keywords** highlighted.
 */
export function RowField({
  name,
  label,
  value,
  onChange,
  onEnter,
  errors,
  multiline,
  preview,
  hint,
  list,
  rows = 3,
}: {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  onEnter?: () => void;
  errors?: string[];
  multiline?: boolean;
  preview?: boolean;
  hint?: string;
  list?: string;
  rows?: number;
}) {
  const props = {
    ...controlProps(name, errors, hint),
    value,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value),
    onKeyDown: onEnter
      ? (e: KeyboardEvent) => {
          if (e.key !== "Enter" || e.shiftKey || e.nativeEvent.isComposing) return;
          e.preventDefault();
          onEnter();
        }
      : undefined,
  };
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint} small>
      {multiline ? <textarea rows={rows} {...props} /> : <input list={list} {...props} />}
      {preview && value.includes("**") ? (
        <p className="mt-1 rounded bg-paper px-2 py-1 text-sm">
          <span className="font-semibold">Aperçu&nbsp;: </span>
          <InlineText source={value} keywords />
        </p>
      ) : null}
    </FieldFrame>
  );
}
