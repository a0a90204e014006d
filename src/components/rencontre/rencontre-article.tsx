import { Link } from "@/components/ui/link";
import { DownloadLinks } from "@/components/catalogue/download-links";
import { GeneralSynthesis } from "@/components/rencontre/general-synthesis";
import { PersonLabel } from "@/components/rencontre/people-list";
import { BackToTop, RencontreContents, RencontreJumpMenu, type ContentsEntry } from "@/components/rencontre/rencontre-contents";
import { TableSummary } from "@/components/rencontre/table-summary";
import { JsonLd } from "@/components/ui/json-ld";
import { RichText } from "@/components/ui/rich-text";
import { rencontreEventJsonLd } from "@/lib/open-data/json-ld";
import { siteUrl } from "@/lib/site-url";
import { formatDate, isoDay } from "@/lib/text/format";
import { frenchTypography as fr } from "@/lib/text/typography";
import type { RencontreDetail } from "@/server/data/rencontres/get-rencontre";

function OrganisationLinks({ organisations }: { organisations: { slug: string; name: string }[] }) {
  return organisations.map((o, i) => (
    <span key={o.slug}>
      {i > 0 ? ", " : ""}
      <Link href={`/organisations/${o.slug}`}>{fr(o.name)}</Link>
    </span>
  ));
}

/**
 * A rencontre's compte rendu as its public page shows it, and as the organisers' draft preview
 * shows it before publication (`isPreview`: no schema.org data, breadcrumb or downloads, which
 * belong to a published page).
 */
export function RencontreArticle({ rencontre, isPreview = false }: { rencontre: RencontreDetail; isPreview?: boolean }) {
  const studyTitle = rencontre.studyTitle ? fr(rencontre.studyTitle) : "L’étude";
  const sections: (ContentsEntry & { show: boolean })[] = [
    { id: "introduction", label: "Introduction", show: !!rencontre.introduction },
    { id: "etude", label: studyTitle, show: !!rencontre.study },
    { id: "table-ronde", label: "Table ronde", show: !!rencontre.roundTableText || rencontre.panelists.length > 0 },
    { id: "ateliers", label: "Les ateliers", show: !!rencontre.workshopFormat },
    {
      id: "tables",
      label: "Synthèse par tables",
      show: rencontre.tables.length > 0,
      children: rencontre.tables.map((t) => ({ id: `table-${t.number}`, label: t.title ? `Table ${t.number} — ${t.title}` : `Table ${t.number}` })),
    },
    { id: "synthese", label: "Synthèse générale", show: true },
    { id: "cloture", label: "Clôture", show: !!rencontre.closingText },
  ];
  const contents = sections.filter((s) => s.show);

  return (
    <article id="haut" aria-labelledby="titre-rencontre">
      {isPreview ? null : (
        <>
          <JsonLd data={rencontreEventJsonLd(siteUrl(), rencontre)} />
          <nav aria-label="Fil d’Ariane" className="link-list no-print text-sm">
            <Link href="/">Accueil</Link> › <Link href="/rencontres">Rencontres</Link> › {fr(rencontre.city)}
          </nav>
        </>
      )}
      <header className="mt-3">
        <h1 id="titre-rencontre" className="text-3xl font-bold sm:text-4xl">
          {fr(rencontre.title)} — {fr(rencontre.city)}
        </h1>
        {rencontre.subtitle ? <p className="mt-1 text-lg">{fr(rencontre.subtitle)}</p> : null}
        <p className="mt-2 text-muted">
          {rencontre.date ? <time dateTime={isoDay(rencontre.date)}>{formatDate(rencontre.date)}</time> : "Date à préciser"}
          {rencontre.venueDescription ? ` · ${fr(rencontre.venueDescription)}` : rencontre.venueName ? ` · ${fr(rencontre.venueName)}` : ""}
          {rencontre.edition === 1 ? " · première édition" : rencontre.edition ? ` · ${rencontre.edition}e édition` : ""}
        </p>
        {rencontre.organisers.length + rencontre.partners.length > 0 ? (
          <dl className="link-list mt-3 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
            {rencontre.organisers.length > 0 ? (
              <>
                <dt className="font-semibold">Organisation</dt>
                <dd>
                  <OrganisationLinks organisations={rencontre.organisers} />
                </dd>
              </>
            ) : null}
            {rencontre.partners.length > 0 ? (
              <>
                <dt className="font-semibold">Avec le soutien de</dt>
                <dd>
                  <OrganisationLinks organisations={rencontre.partners} />
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </header>

      <RencontreJumpMenu entries={contents} />
      {isPreview ? null : (
        <div className="no-print mt-4 space-y-1 text-sm">
          <p className="text-muted">{"Pour un compte rendu papier, imprimez cette page\u00a0: la mise en page s’y adapte."}</p>
          <DownloadLinks kind="IDEA" filters={{ rencontre: rencontre.slug }} label="Télécharger les pistes de cette rencontre" />
          <DownloadLinks kind="EXAMPLE" filters={{ rencontre: rencontre.slug }} label="Télécharger ses exemples" />
        </div>
      )}

      <div className="rencontre-layout">
        <div className="max-w-3xl min-w-0">
          {rencontre.introduction ? (
            <section aria-labelledby="introduction" className="mt-10">
              <h2 id="introduction" className="text-2xl font-bold">
                Introduction
              </h2>
              <RichText source={rencontre.introduction} className="mt-3" />
              <BackToTop />
            </section>
          ) : null}

          {rencontre.study ? (
            <section aria-labelledby="etude" className="mt-10">
              <h2 id="etude" className="text-2xl font-bold">
                {studyTitle}
              </h2>
              <RichText source={rencontre.study} className="mt-3" />
              <BackToTop />
            </section>
          ) : null}

          {rencontre.roundTableText || rencontre.panelists.length > 0 ? (
            <section aria-labelledby="table-ronde" className="mt-10">
              <h2 id="table-ronde" className="text-2xl font-bold">
                Table ronde
              </h2>
              <dl className="mt-3 space-y-2">
                {rencontre.moderators.length > 0 ? (
                  <div>
                    <dt className="font-semibold">Animation</dt>
                    <dd>
                      {rencontre.moderators.map((p, i) => (
                        <span key={i}>
                          {i > 0 ? ", " : ""}
                          <PersonLabel person={p} />
                        </span>
                      ))}
                    </dd>
                  </div>
                ) : null}
                {rencontre.panelists.length > 0 ? (
                  <div>
                    <dt className="font-semibold">Panel</dt>
                    <dd>
                      <ul className="list-disc pl-6">
                        {rencontre.panelists.map((p, i) => (
                          <li key={i}>
                            <PersonLabel person={p} />
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </div>
                ) : null}
              </dl>
              <RichText source={rencontre.roundTableText} className="mt-4" />
              <BackToTop />
            </section>
          ) : null}

          {rencontre.workshopFormat ? (
            <section aria-labelledby="ateliers" className="mt-10">
              <h2 id="ateliers" className="text-2xl font-bold">
                Les ateliers de réflexion en groupe
              </h2>
              <RichText source={rencontre.workshopFormat} className="mt-3" />
              <BackToTop />
            </section>
          ) : null}

          <section aria-labelledby="tables" className="mt-10">
            <h2 id="tables" className="text-2xl font-bold">
              Synthèse par tables
            </h2>
            {rencontre.tables.map((table) => (
              <TableSummary key={table.number} table={table} rencontreSlug={rencontre.slug} objectives={rencontre.consolidatedObjectives} />
            ))}
            <BackToTop />
          </section>

          <section aria-labelledby="synthese" className="mt-10">
            <h2 id="synthese" className="text-2xl font-bold">
              Synthèse générale
            </h2>
            <GeneralSynthesis rencontre={rencontre} />
            <BackToTop />
          </section>

          {rencontre.closingText ? (
            <section aria-labelledby="cloture" className="mt-10">
              <h2 id="cloture" className="text-2xl font-bold">
                Clôture
              </h2>
              <RichText source={rencontre.closingText} className="mt-3" />
              <BackToTop />
            </section>
          ) : null}
        </div>
        <RencontreContents entries={contents} />
      </div>
    </article>
  );
}
