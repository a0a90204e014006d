import { groupWarnings, type ImportWarning } from "@/lib/import/warnings";
import { plural } from "@/lib/text/format";
import { LineLink } from "./line-link";

/** The import's warnings, those of one kind grouped under a count ("11 objectifs sans objectif consolidé"), each with its line. */
export function ImportWarnings({ warnings }: { warnings: ImportWarning[] }) {
  const groups = groupWarnings(warnings);
  return (
    <section aria-labelledby="titre-avertissements" className="rounded-lg border border-accent-dark bg-white p-4">
      <h2 id="titre-avertissements" className="text-xl font-bold">
        {plural(warnings.length, "avertissement")} de l&rsquo;import
      </h2>
      <p className="mt-1 text-sm text-muted">
        Ce que l’import a lu sans certitude. Changez le rôle d’un titre ci-dessous ou corrigez le texte, puis prévisualisez de nouveau&#8239;; ou
        acceptez en créant le brouillon.
      </p>
      <ul className="mt-2 list-disc space-y-2 pl-5">
        {groups.map((group) =>
          group.warnings.length === 1 ? (
            <li key={group.code}>
              <WarningText warning={group.warnings[0]!} />
            </li>
          ) : (
            <li key={group.code}>
              <details>
                <summary className="cursor-pointer font-semibold">{group.title}</summary>
                <ul className="mt-1 list-disc space-y-1 pl-5">
                  {group.warnings.map((warning, i) => (
                    <li key={i}>
                      <WarningText warning={warning} />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ),
        )}
      </ul>
    </section>
  );
}

function WarningText({ warning }: { warning: ImportWarning }) {
  return (
    <>
      {warning.message}
      {warning.line ? (
        <>
          {" "}
          (<LineLink line={warning.line} />)
        </>
      ) : null}
    </>
  );
}
