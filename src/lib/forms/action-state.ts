/** What every form's server action returns: field errors in French and what the user typed. */
export type ActionState = {
  ok: boolean;
  /** A message for the whole form (success or failure). */
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The submitted values, sent back so that nothing typed is lost. */
  values?: Record<string, string>;
  /** A save refused because someone else saved first: their version, and how it differs. */
  conflict?: { version: number; differences: string[]; lastChange?: string };
};

export const initialActionState: ActionState = { ok: false };

/** A server action as a form's useActionState calls it. */
export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The text fields of a FormData, for sending back to the form (files and passwords left out). */
export function formValues(formData: FormData, omit: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !omit.includes(key) && !key.startsWith("$")) values[key] = value;
  }
  return values;
}
