"use client";

import { plural } from "@/lib/text/format";

export type InvalidField = { id: string; label: string; message: string };

/** The fields marked invalid in a form, in page order, with their label and message. */
export function invalidFields(form: HTMLFormElement): InvalidField[] {
  return Array.from(form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("[aria-invalid=true]")).map((control) => ({
    id: control.id,
    label: control.labels?.[0]?.textContent ?? control.name,
    message: document.getElementById(`${control.id}-erreur`)?.textContent ?? "",
  }));
}

/** Puts the cursor in a field, opening the collapsed sections around it first. */
export function focusField(id: string) {
  const control = document.getElementById(id);
  for (let node = control?.parentElement; node; node = node.parentElement) if (node instanceof HTMLDetailsElement) node.open = true;
  control?.focus();
}

/** At the top of a refused form: how many errors, and a link to each field. */
export function ErrorSummary({ fields, count }: { fields: InvalidField[]; count: number }) {
  if (count === 0) return null;
  return (
    <div aria-labelledby="titre-erreurs" className="rounded border-2 border-accent-dark bg-white p-3">
      <h2 id="titre-erreurs" className="font-bold">
        {plural(count, "erreur")} à corriger
      </h2>
      <ul className="mt-1 list-disc pl-5 text-sm">
        {fields.map((field) => (
          <li key={field.id}>
            <a
              href={`#${field.id}`}
              className="inline-block min-h-6"
              onClick={(event) => {
                event.preventDefault();
                focusField(field.id);
              }}
            >
              {field.label}
            </a>
            {`\u00a0: ${field.message}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
