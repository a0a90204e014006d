import { Link } from "@/components/ui/link";
import { ItemCard } from "@/components/item/item-card";
import { activeFilterCount, activeFilters, resultSentence } from "@/lib/catalogue/active-filters";
import { themesApply } from "@/lib/catalogue/theme-facet";
import { highlightTerms } from "@/lib/search/highlight";
import { catalogueQueryString, type ParsedCatalogueQuery } from "@/lib/schemas/catalogue";
import type { CatalogueResult } from "@/server/data/search/search-items";
import { ActiveChips } from "./active-chips";
import { DownloadLinks } from "./download-links";
import { FiltersForm } from "./filters-form";
import { Pagination } from "./pagination";
import { SortSelect } from "./sort-select";

type Kind = "IDEA" | "EXAMPLE";
const WORDS = {
  IDEA: { action: "/pistes", title: "Les pistes de future collaboration", one: "piste", many: "pistes" },
  EXAMPLE: { action: "/exemples", title: "Les exemples de collaboration", one: "exemple", many: "exemples" },
} as const;

const FORM_ID = "filtres";

/**
 * The shared page of /pistes and /exemples: filters, count, results, pagination, and what to do
 * when empty. On a phone the results come first, the filters behind a "Filtres (n)" disclosure
 * (a <details>, so without JavaScript too); from lg on it is a side panel, always open (globals.css).
 */
export function CatalogueView({ kind, query, result }: { kind: Kind; query: ParsedCatalogueQuery; result: CatalogueResult }) {
  const words = WORDS[kind];
  const { filters } = query;
  const notices = [...query.ignored, ...result.unknown];
  const hasFilters =
    filters.q !== "" || filters.themes.length > 0 || !!filters.rencontre || !!filters.ville || filters.statuses.length > 0 || !!filters.organisation;
  const count = activeFilterCount(filters);
  const terms = highlightTerms(filters.q);
  // Remounted with each address, so that its fields show the filters even after a client-side link.
  const formKey = catalogueQueryString(filters);

  return (
    <>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <div className="mt-4 grid gap-4 lg:mt-6 lg:grid-cols-[18rem_1fr] lg:gap-8">
        <details className="filters-panel no-print">
          <summary className="inline-flex min-h-11 cursor-pointer items-center rounded border border-muted bg-white px-4 font-semibold">
            Filtres{count > 0 ? ` (${count})` : ""}
          </summary>
          <div className="mt-3 lg:mt-0">
            <FiltersForm
              key={formKey}
              id={FORM_ID}
              action={words.action}
              filters={filters}
              facets={result.facets}
              showStatus={kind === "IDEA"}
              showThemes={themesApply(result.facets.theme, result.total)}
            />
          </div>
        </details>
        <section id="resultats" aria-labelledby="titre-resultats" className="min-w-0">
          <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
            <h2 id="titre-resultats" tabIndex={-1} className="text-xl font-bold outline-none" aria-live="polite">
              {resultSentence(kind, filters, result.total, result.facets)}
            </h2>
            {result.total > 1 ? <SortSelect key={formKey} form={FORM_ID} filters={filters} /> : null}
          </div>
          <ActiveChips chips={activeFilters(words.action, filters, result.facets)} clearHref={`${words.action}#resultats`} />
          {result.total > 0 ? (
            <div className="mt-1">
              <DownloadLinks
                kind={kind}
                filters={filters}
                label={`Télécharger ${result.total >= 2 ? `ces ${words.many}` : `cet${kind === "IDEA" ? "te" : ""} ${words.one}`}`}
              />
            </div>
          ) : null}
          {notices.length > 0 ? (
            <p role="status" className="mt-2 rounded border border-line bg-highlight/40 p-2 text-sm">
              Filtre{notices.length >= 2 ? "s" : ""} ignoré{notices.length >= 2 ? "s" : ""}, inconnu{notices.length >= 2 ? "s" : ""} du
              catalogue&nbsp;: {notices.join(", ")}.
            </p>
          ) : null}
          {result.items.length > 0 ? (
            <ol aria-label="Résultats" className="mt-4 space-y-3">
              {result.items.map((item) => (
                <li key={item.id}>
                  <ItemCard item={item} terms={terms} />
                </li>
              ))}
            </ol>
          ) : result.total > 0 ? (
            <p className="mt-4">
              La page {result.page} est au-delà des résultats ({result.pageCount} page{result.pageCount >= 2 ? "s" : ""}).{" "}
              <Link href={`${words.action}${catalogueQueryString({ ...filters, page: 1 })}`}>Revenir à la première page</Link>.
            </p>
          ) : (
            <div className="mt-4 space-y-2">
              <p>Rien ne correspond à cette recherche.</p>
              <ul className="list-disc pl-6">
                {filters.q ? <li>Essayez moins de mots, ou le début d’un mot («&#8239;form&#8239;» trouve «&#8239;formations&#8239;»).</li> : null}
                {filters.themes.length > 0 || filters.statuses.length > 0 ? <li>Décochez un thème ou un statut.</li> : null}
                {filters.ville || filters.rencontre || filters.organisation ? (
                  <li>
                    Choisissez «&#8239;Toutes les villes&#8239;», «&#8239;Toutes les rencontres&#8239;» ou «&#8239;Toutes les organisations&#8239;».
                  </li>
                ) : null}
                {hasFilters ? (
                  <li>
                    <Link href={words.action}>Voir tout le catalogue</Link>.
                  </li>
                ) : (
                  <li>Aucune rencontre n&rsquo;est encore publiée.</li>
                )}
              </ul>
            </div>
          )}
          <Pagination action={words.action} filters={filters} page={result.page} pageCount={result.pageCount} />
        </section>
      </div>
    </>
  );
}
