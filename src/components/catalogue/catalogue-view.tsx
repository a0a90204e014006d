import Link from "next/link";
import { ItemCard } from "@/components/item/item-card";
import { catalogueQueryString, PAGE_SIZE, type ParsedCatalogueQuery } from "@/lib/schemas/catalogue";
import { formatNumber } from "@/lib/text/format";
import type { CatalogueResult } from "@/server/data/search/search-items";
import { DownloadLinks } from "./download-links";
import { FiltersForm } from "./filters-form";
import { Pagination } from "./pagination";

type Kind = "IDEA" | "EXAMPLE";
const WORDS = {
  IDEA: { action: "/pistes", title: "Les pistes de future collaboration", one: "piste", many: "pistes" },
  EXAMPLE: { action: "/exemples", title: "Les exemples de collaboration", one: "exemple", many: "exemples" },
} as const;

/** The shared page of /pistes and /exemples: filters, count, results, pagination, and what to do when empty. */
export function CatalogueView({ kind, query, result }: { kind: Kind; query: ParsedCatalogueQuery; result: CatalogueResult }) {
  const words = WORDS[kind];
  const { filters } = query;
  const notices = [...query.ignored, ...result.unknown];
  const hasFilters =
    filters.q !== "" || filters.themes.length > 0 || !!filters.rencontre || !!filters.ville || filters.statuses.length > 0 || !!filters.organisation;
  const first = (result.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(result.total, result.page * PAGE_SIZE);

  return (
    <>
      <h1 className="text-3xl font-bold">{words.title}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <div className="no-print">
          <FiltersForm action={words.action} filters={filters} facets={result.facets} showStatus={kind === "IDEA"} />
        </div>
        <section aria-labelledby="titre-resultats">
          <h2 id="titre-resultats" className="text-xl font-bold" aria-live="polite">
            {result.total === 0
              ? `Aucun${kind === "IDEA" ? "e" : ""} ${words.one}`
              : `${formatNumber(result.total)} ${result.total >= 2 ? words.many : words.one}`}
            {result.total > 0 && result.items.length > 0 ? (
              <span className="text-base font-normal text-muted">
                {" "}
                — {first} à {last}
              </span>
            ) : null}
          </h2>
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
              Filtre{notices.length >= 2 ? "s" : ""} ignoré{notices.length >= 2 ? "s" : ""}, inconnu{notices.length >= 2 ? "s" : ""} du catalogue :{" "}
              {notices.join(", ")}.
            </p>
          ) : null}
          {result.items.length > 0 ? (
            <ol className="mt-4 space-y-3">
              {result.items.map((item) => (
                <li key={item.id}>
                  <ItemCard item={item} />
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
                {filters.q ? <li>Essayez moins de mots, ou le début d&rsquo;un mot (« form » trouve « formations »).</li> : null}
                {filters.themes.length > 0 || filters.statuses.length > 0 ? <li>Décochez un thème ou un statut.</li> : null}
                {filters.ville || filters.rencontre || filters.organisation ? (
                  <li>Choisissez « Toutes les villes », « Toutes les rencontres » ou « Toutes les organisations ».</li>
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
