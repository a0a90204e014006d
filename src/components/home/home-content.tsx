import { Link } from "@/components/ui/link";
import { RencontreOverview } from "@/components/rencontre/rencontre-overview";
import { formatNumber } from "@/lib/text/format";
import { findLatestRencontres } from "@/server/data/rencontres/find-latest-rencontres";
import { getCatalogueFigures } from "@/server/data/stats/get-catalogue-figures";
import { findThemesWithCounts } from "@/server/data/themes/find-themes-with-counts";
import { Button } from "@/components/ui/button";
import { frenchTypography } from "@/lib/text/typography";

/** The home page's content, served from the page cache (see src/lib/page-cache). */
export async function HomeContent() {
  const [figures, rencontres, themes] = await Promise.all([getCatalogueFigures(), findLatestRencontres(3), findThemesWithCounts()]);

  const figureList = [
    { label: figures.rencontres >= 2 ? "rencontres" : "rencontre", value: figures.rencontres },
    { label: figures.tables >= 2 ? "tables de travail" : "table de travail", value: figures.tables },
    { label: figures.participants >= 2 ? "participations" : "participation", value: figures.participants },
    { label: figures.examples >= 2 ? "exemples de collaboration" : "exemple de collaboration", value: figures.examples },
    { label: figures.ideas >= 2 ? "pistes d’action" : "piste d’action", value: figures.ideas },
  ];

  return (
    <>
      <section aria-labelledby="titre-accueil" className="max-w-3xl">
        <h1 id="titre-accueil" className="text-3xl font-bold sm:text-4xl">
          Ce que les Grandes Rencontres ont imaginé, table par table
        </h1>
        <p className="mt-4 text-lg text-muted">
          Entrepreneurs sociaux et travailleurs sociaux se retrouvent pour partager leurs pratiques et inventer des collaborations. Chaque rencontre
          est ici conservée en entier&nbsp;: ses objectifs, les exemples de collaboration déjà à l’œuvre et les pistes d’action proposées.
        </p>
        <form action="/pistes" method="get" role="search" aria-label="Rechercher une piste" className="mt-6 flex flex-wrap gap-2">
          <label htmlFor="recherche-accueil" className="sr-only">
            Rechercher une piste de collaboration
          </label>
          <input
            id="recherche-accueil"
            name="q"
            type="search"
            placeholder="formation, vis ma vie, tiers lieux…"
            className="min-w-0 flex-1 rounded border border-muted bg-white px-3 py-2"
          />
          <Button type="submit">Rechercher</Button>
        </form>
        <p className="mt-3 text-muted">
          Ou parcourez <Link href="/pistes">toutes les pistes</Link>, <Link href="/exemples">tous les exemples</Link> et{" "}
          <Link href="/organisations">les organisations</Link>.
        </p>
      </section>

      <section aria-labelledby="titre-chiffres" className="mt-10">
        <h2 id="titre-chiffres" className="sr-only">
          Le catalogue en chiffres
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {figureList.map((figure) => (
            <div key={figure.label} className="rounded-lg border border-line bg-white p-4">
              <dd className="font-serif text-3xl font-bold">{formatNumber(figure.value)}</dd>
              <dt className="text-sm text-muted">{figure.label}</dt>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="titre-rencontres" className="mt-12">
        <h2 id="titre-rencontres" className="text-2xl font-bold">
          Dernières rencontres
        </h2>
        <p className="mt-1">
          <Link href="/rencontres">Toutes les rencontres</Link>
        </p>
        {rencontres.length === 0 ? (
          <p className="mt-4">Aucune rencontre n&rsquo;est encore publiée.</p>
        ) : (
          <ul className="mt-4 space-y-6">
            {rencontres.map((rencontre) => (
              <li key={rencontre.slug}>
                <RencontreOverview rencontre={rencontre} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="titre-themes" className="mt-12">
        <h2 id="titre-themes" className="text-2xl font-bold">
          Les thèmes des pistes
        </h2>
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.slug} className="rounded-lg border border-line bg-white p-4">
              <p className="font-semibold">
                <Link href={`/themes/${theme.slug}`}>{frenchTypography(theme.name)}</Link>
              </p>
              <p className="text-sm text-muted">
                {theme.ideas >= 2 ? `${theme.ideas} pistes` : `${theme.ideas} piste`}
                {theme.description ? ` — ${frenchTypography(theme.description)}` : ""}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
