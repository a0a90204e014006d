import type { ReactNode } from "react";
import { GeneralSynthesis } from "@/components/rencontre/general-synthesis";
import { PersonLabel } from "@/components/rencontre/people-list";
import { TableSummary } from "@/components/rencontre/table-summary";
import { RichText } from "@/components/ui/rich-text";
import { formatDate, isoDay } from "@/lib/text/format";
import type { RencontreDetail } from "@/server/data/rencontres/get-rencontre";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-10">
      <h2 id={id} className="text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const people = (list: RencontreDetail["panelists"]) =>
  list.map((p, i) => (
    <span key={i}>
      {i > 0 ? ", " : ""}
      <PersonLabel person={p} />
    </span>
  ));

/**
 * A rencontre's compte rendu in the order of its public page, built from the same
 * components (tables, general synthesis, rich texts), for the draft preview.
 */
export function RencontrePreview({ rencontre }: { rencontre: RencontreDetail }) {
  const texts = [
    ["introduction", "Introduction", rencontre.introduction],
    ["etude", rencontre.studyTitle ?? "L’étude", rencontre.study],
  ] as const;
  return (
    <article aria-labelledby="titre-rencontre">
      <header>
        <h1 id="titre-rencontre" className="text-3xl font-bold sm:text-4xl">
          {rencontre.title} — {rencontre.city}
        </h1>
        {rencontre.subtitle ? <p className="mt-1 text-lg">{rencontre.subtitle}</p> : null}
        <p className="mt-2 text-muted">
          {rencontre.date ? <time dateTime={isoDay(rencontre.date)}>{formatDate(rencontre.date)}</time> : "Date à préciser"}
          {rencontre.venueDescription || rencontre.venueName ? ` · ${rencontre.venueDescription ?? rencontre.venueName}` : ""}
        </p>
      </header>
      <div className="max-w-3xl">
        {texts.map(([id, title, source]) =>
          source ? (
            <Section key={id} id={id} title={title}>
              <RichText source={source} className="mt-3" />
            </Section>
          ) : null,
        )}
        {rencontre.roundTableText || rencontre.panelists.length > 0 ? (
          <Section id="table-ronde" title="Table ronde">
            {rencontre.moderators.length > 0 ? <p className="mt-3">Animation&nbsp;: {people(rencontre.moderators)}</p> : null}
            {rencontre.panelists.length > 0 ? <p className="mt-1">Panel&nbsp;: {people(rencontre.panelists)}</p> : null}
            <RichText source={rencontre.roundTableText} className="mt-4" />
          </Section>
        ) : null}
        {rencontre.workshopFormat ? (
          <Section id="ateliers" title="Les ateliers de réflexion en groupe">
            <RichText source={rencontre.workshopFormat} className="mt-3" />
          </Section>
        ) : null}
        <Section id="tables" title="Synthèse par tables">
          {rencontre.tables.length === 0 ? <p className="mt-3">Aucune table pour l’instant.</p> : null}
          {rencontre.tables.map((table) => (
            <TableSummary key={table.number} table={table} rencontreSlug={rencontre.slug} objectives={rencontre.consolidatedObjectives} />
          ))}
        </Section>
        <Section id="synthese" title="Synthèse générale">
          <GeneralSynthesis rencontre={rencontre} />
        </Section>
        {rencontre.closingText ? (
          <Section id="cloture" title="Clôture">
            <RichText source={rencontre.closingText} className="mt-3" />
          </Section>
        ) : null}
      </div>
    </article>
  );
}
