import Link from "next/link";
import { formatDate, isoDay } from "@/lib/text/format";
import type { RencontreCard } from "@/server/data/rencontres/find-latest-rencontres";

/** A rencontre with its tables and what each table produced. */
export function RencontreOverview({ rencontre }: { rencontre: RencontreCard }) {
  const headingId = `rencontre-${rencontre.slug}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-5">
      <h3 id={headingId} className="text-xl font-bold">
        <Link href={`/rencontres/${rencontre.slug}`}>
          {rencontre.title} — {rencontre.city}
        </Link>
      </h3>
      <p className="text-muted">
        <time dateTime={isoDay(rencontre.date)}>{formatDate(rencontre.date)}</time>
        {rencontre.venueName ? `, ${rencontre.venueName}` : ""}
        {rencontre.edition === 1 ? " · première édition" : rencontre.edition ? ` · ${rencontre.edition}e édition` : ""}
      </p>
      {rencontre.subtitle ? <p className="mt-1">{rencontre.subtitle}</p> : null}
      {/* Focusable so that keyboard users can scroll the table on narrow screens. */}
      <div className="mt-4 relative overflow-x-auto" tabIndex={0} role="region" aria-label={`Tables de la rencontre de ${rencontre.city}`}>
        <table className="w-full min-w-[28rem] text-left text-sm">
          <caption className="sr-only">Les tables de la rencontre de {rencontre.city} et ce que chacune a produit</caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">Table</th>
              <th scope="col" className="py-2 pr-3 text-right">Participant·es</th>
              <th scope="col" className="py-2 pr-3 text-right">Objectifs</th>
              <th scope="col" className="py-2 pr-3 text-right">Exemples</th>
              <th scope="col" className="py-2 text-right">Pistes</th>
            </tr>
          </thead>
          <tbody>
            {rencontre.tables.map((table) => (
              <tr key={table.number} className="border-b border-line last:border-0">
                <th scope="row" className="py-2 pr-3 font-semibold">
                  <Link href={`/rencontres/${rencontre.slug}/tables/${table.number}`}>Table {table.number}</Link>
                </th>
                <td className="py-2 pr-3 text-right">{table.participants}</td>
                <td className="py-2 pr-3 text-right">{table.objectives}</td>
                <td className="py-2 pr-3 text-right">{table.examples}</td>
                <td className="py-2 text-right">{table.ideas}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}
