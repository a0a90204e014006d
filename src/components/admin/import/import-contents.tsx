import { InlineText } from "@/components/ui/rich-text";
import type { CompteRenduPreview } from "@/lib/import/preview";
import { plural } from "@/lib/text/format";

const PARTS = [
  ["participants", "Participant·es"],
  ["objectives", "Objectifs"],
  ["examples", "Exemples"],
  ["ideas", "Pistes"],
] as const;

/** The items the import found in each table, folded per table. */
export function ImportContents({ contents }: { contents: CompteRenduPreview["contents"] }) {
  return (
    <div className="mt-3 space-y-2">
      {contents.map((table) => (
        <details key={table.number} className="rounded border border-line p-2">
          <summary className="cursor-pointer font-semibold">
            Table {table.number}
            {table.title ? ` — ${table.title}` : ""}&nbsp;: {plural(table.participants.length, "participant·e", "participant·es")},{" "}
            {plural(table.objectives.length, "objectif")}, {plural(table.examples.length, "exemple")}, {plural(table.ideas.length, "piste")}
          </summary>
          {PARTS.map(([part, label]) =>
            table[part].length > 0 ? (
              <div key={part} className="mt-2">
                <h3 className="font-semibold">{label}</h3>
                <ul className="list-disc pl-5 text-sm">
                  {table[part].map((text, i) => (
                    <li key={i}>
                      <InlineText source={text} keywords />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null,
          )}
        </details>
      ))}
    </div>
  );
}
