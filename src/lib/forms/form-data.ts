import type { z } from "zod";

/** Index of a list row in a field name ("ideas.3.text"): above this, the row is dropped unread. */
const MAX_ROW_INDEX = 100_000;

type Tree = { [key: string]: Tree | string | string[] };

/**
 * Turns form fields named with dots ("title", "ideas.0.text", "ideas.0.themes" twice) into
 * nested objects and lists: numeric parts make lists, in index order, with no holes; a name
 * sent several times gives a list of strings. Files are ignored.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const root: Tree = {};
  for (const name of new Set(formData.keys())) {
    const values = formData.getAll(name).filter((v): v is string => typeof v === "string");
    if (values.length === 0 || name.startsWith("$")) continue;
    const parts = name.split(".");
    if (parts.some((p) => p === "" || p === "__proto__" || p === "constructor" || p === "prototype")) continue;
    if (parts.some((p) => /^\d+$/.test(p) && Number(p) > MAX_ROW_INDEX)) continue;
    let node: Tree = root;
    for (const part of parts.slice(0, -1)) {
      const next = node[part];
      if (typeof next === "object" && !Array.isArray(next)) node = next;
      else node = node[part] = {};
    }
    node[parts.at(-1)!] = values.length === 1 ? values[0]! : values;
  }
  return listify(root) as Record<string, unknown>;
}

function listify(node: Tree | string | string[]): unknown {
  if (typeof node === "string" || Array.isArray(node)) return node;
  const keys = Object.keys(node);
  const entries = keys.map((k) => [k, listify(node[k]!)] as const);
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) {
    return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  }
  return Object.fromEntries(entries);
}

/** Field errors keyed by the field's name ("ideas.3.text"), as the form names its inputs. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}

/** A list value from the form: one string, several, or none. */
export const asList = (value: unknown): unknown => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * A form's fields checked by its schema: the data, or the state that sends the errors back
 * next to their fields with everything typed (`values`).
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  formData: FormData,
  values: Record<string, string>,
  message?: string,
):
  | { ok: true; data: z.output<S> }
  | { ok: false; state: { ok: false; fieldErrors: Record<string, string[]>; values: Record<string, string>; message?: string } } {
  const parsed = schema.safeParse(formDataToObject(formData));
  if (parsed.success) return { ok: true, data: parsed.data };
  return { ok: false, state: { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values, message } };
}
