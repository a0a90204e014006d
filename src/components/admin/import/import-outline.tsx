import { HEADING_ROLES, ROLE_LABELS, type OutlineEntry } from "@/lib/import/outline";
import { roleValue } from "@/lib/schemas/import-form";
import { LineLink } from "./line-link";

/**
 * Every heading of the document with the role the import gave it, as fields: the organiser
 * changes a role (or a table's number) and previews again. A heading made a table without a
 * number gets the next one.
 */
export function ImportOutline({ outline }: { outline: OutlineEntry[] }) {
  const tables = outline.filter((entry) => entry.role.role === "table").length;
  return (
    <section aria-labelledby="titre-plan" className="rounded-lg border border-line bg-white p-4">
      <h2 id="titre-plan" className="text-xl font-bold">
        Le document tel qu&rsquo;il a été lu
      </h2>
      <p className="mt-1 text-sm text-muted">
        {outline.length} titres, dont {tables} {tables > 1 ? "tables" : "table"}. Si un titre n’a pas le bon rôle (une table dont le nom n’est pas
        reconnu, une rubrique lue comme du texte), choisissez le sien puis prévisualisez de nouveau&nbsp;: le texte n’a pas à être modifié.
      </p>
      <ol className="mt-3 divide-y divide-line">
        {outline.map((entry) => {
          const id = `role-${entry.line}`;
          const changed = roleValue(entry.role) !== roleValue(entry.detected);
          return (
            // Keyed by role too: React does not carry a changed defaultValue into a mounted <select>, and the form's reset
            // after each preview would put back the role of the first one.
            <li key={`${entry.key}:${roleValue(entry.role)}`} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-2">
              <span className="w-16 shrink-0 text-sm text-muted">
                <LineLink line={entry.line} />
              </span>
              <label htmlFor={id} className="min-w-0 flex-1 basis-48 font-medium break-words">
                {entry.text}
                {entry.detail ? <span className="font-normal text-muted"> ({entry.detail})</span> : null}
                {changed ? <span className="font-normal text-accent-dark"> — rôle corrigé</span> : null}
              </label>
              <input type="hidden" name={`detecte:${entry.key}`} value={roleValue(entry.detected)} />
              <select
                id={id}
                name={`role:${entry.key}`}
                defaultValue={entry.role.role}
                className="min-h-11 rounded border border-muted bg-white px-2"
                aria-label={`Rôle du titre « ${entry.text} », ligne ${entry.line}`}
              >
                {HEADING_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
              {entry.role.role === "table" ? (
                <input
                  type="number"
                  name={`numero:${entry.key}`}
                  min={1}
                  max={999}
                  defaultValue={entry.role.number}
                  className="min-h-11 w-20 rounded border border-muted px-2"
                  aria-label={`Numéro de la table « ${entry.text} »`}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
