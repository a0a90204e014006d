import { Link } from "@/components/ui/link";
import { InlineText } from "@/components/ui/rich-text";
import { frenchTypography as fr } from "@/lib/text/typography";
import type { RencontreDetail } from "@/server/data/rencontres/get-rencontre";
import { PeopleList } from "./people-list";

type Table = RencontreDetail["tables"][number];

/** "Table 3 — Les lieux de rencontre" when the compte rendu gave the table a title, else "Table 3". */
export function tableHeading(table: { number: number; title: string | null }): string {
  return table.title ? `Table ${table.number} — ${fr(table.title)}` : `Table ${table.number}`;
}

/** One table inside the full compte rendu of a rencontre. */
export function TableSummary({ table, rencontreSlug, objectives }: { table: Table; rencontreSlug: string; objectives: string[] }) {
  const id = `table-${table.number}`;
  return (
    <section aria-labelledby={id} className="table-summary mt-8">
      <h3 id={id} className="text-xl font-bold">
        <Link href={`/rencontres/${rencontreSlug}/tables/${table.number}`}>{tableHeading(table)}</Link>
      </h3>
      <h4 className="mt-3 font-semibold">Autour de la table</h4>
      <PeopleList people={table.participants} label={`Participant·es de la table ${table.number}`} />
      <h4 className="mt-4 font-semibold">Principaux objectifs de la collaboration</h4>
      <ul className="list-disc pl-6">
        {table.objectives.map((objective, index) => (
          <li key={index}>
            {fr(objective.text)}
            {objective.consolidated !== null ? (
              <span className="text-sm text-muted">
                {" — objectif consolidé "}
                {objective.consolidated + 1}
                {"\u00a0: "}
                {fr(objectives[objective.consolidated] ?? "")}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      <h4 className="mt-4 font-semibold">Exemples de collaboration</h4>
      <ItemList items={table.examples} empty="Aucun exemple noté." />
      <h4 className="mt-4 font-semibold">Pistes de future collaboration</h4>
      <ItemList items={table.ideas} empty="Aucune piste notée." />
      {table.notes ? <p className="mt-3 text-sm text-muted">{fr(table.notes)}</p> : null}
    </section>
  );
}

function ItemList({ items, empty }: { items: Table["ideas"]; empty: string }) {
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="list-disc space-y-1 pl-6">
      {items.map((item) => (
        <li key={item.id} id={`item-${item.id}`}>
          <InlineText source={item.text} keywords />
          {item.themes.length > 0 ? (
            <span className="link-list text-sm text-muted">
              {" — "}
              {item.themes.map((theme, index) => (
                <span key={theme.slug}>
                  {index > 0 ? ", " : ""}
                  <Link href={`/themes/${theme.slug}`}>{fr(theme.name)}</Link>
                </span>
              ))}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
