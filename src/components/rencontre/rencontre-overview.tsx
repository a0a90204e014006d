import { Link } from "@/components/ui/link";
import { CountsTable } from "@/components/ui/counts-table";
import { formatDate, isoDay } from "@/lib/text/format";
import { frenchTypography as fr } from "@/lib/text/typography";
import type { RencontreCard } from "@/server/data/rencontres/find-latest-rencontres";

/** A rencontre with its tables and what each table produced. */
export function RencontreOverview({ rencontre }: { rencontre: RencontreCard }) {
  const headingId = `rencontre-${rencontre.slug}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-5">
      <h3 id={headingId} className="text-xl font-bold">
        <Link href={`/rencontres/${rencontre.slug}`}>
          {fr(rencontre.title)} — {fr(rencontre.city)}
        </Link>
      </h3>
      <p className="text-muted">
        <time dateTime={isoDay(rencontre.date)}>{formatDate(rencontre.date)}</time>
        {rencontre.venueName ? `, ${fr(rencontre.venueName)}` : ""}
        {rencontre.edition === 1 ? " · première édition" : rencontre.edition ? ` · ${rencontre.edition}e édition` : ""}
      </p>
      {rencontre.subtitle ? <p className="mt-1">{fr(rencontre.subtitle)}</p> : null}
      <CountsTable
        rows={rencontre.tables.map((table) => ({
          ...table,
          label: <Link href={`/rencontres/${rencontre.slug}/tables/${table.number}`}>Table {table.number}</Link>,
        }))}
        label={`Tables de la rencontre de ${rencontre.city}`}
        caption={`Les tables de la rencontre de ${rencontre.city} et ce que chacune a produit`}
      />
    </article>
  );
}
