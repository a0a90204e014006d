import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { ORGANISATION_KIND_LABELS } from "@/lib/schemas/organisation";
import { formatNumber, plural } from "@/lib/text/format";
import { frenchTypography as fr } from "@/lib/text/typography";
import { findOrganisations } from "@/server/data/organisations/find-organisations";
import { Button } from "@/components/ui/button";

const description =
  "Les associations, collectivités, entreprises sociales, fondations et écoles qui ont pris part aux Grandes Rencontres ou y ont été citées.";
export const metadata: Metadata = {
  title: "Organisations",
  description,
  openGraph: { title: "Organisations des Grandes Rencontres", description, url: "/organisations" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function OrganisationsPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 120);
  const rawPage = first(params.page);
  const page = /^\d{1,5}$/.test(rawPage) ? Math.max(1, Number(rawPage)) : 1;
  const result = await findOrganisations(q, page);
  const href = (p: number) => `/organisations?${new URLSearchParams({ ...(q ? { q } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;

  return (
    <>
      <h1 className="text-3xl font-bold">Organisations</h1>
      <p className="mt-2 max-w-3xl text-muted">{description}</p>
      <form action="/organisations" method="get" role="search" aria-label="Chercher une organisation" className="mt-6 flex max-w-xl flex-wrap gap-2">
        <label htmlFor="q-organisation" className="sr-only">
          Nom de l&rsquo;organisation
        </label>
        <input
          id="q-organisation"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Nom de l’organisation"
          className="min-w-0 flex-1 rounded border border-muted bg-white px-3 py-2"
        />
        <Button type="submit">Chercher</Button>
      </form>

      <h2 className="mt-8 text-xl font-bold" aria-live="polite">
        {result.total === 0 ? "Aucune organisation" : plural(result.total, "organisation")}
        {q ? ` pour «\u202f${fr(q)}\u202f»` : ""}
      </h2>
      {result.organisations.length === 0 ? (
        <p className="mt-3">
          {result.total > 0 ? (
            <>
              Cette page est au-delà de la liste. <Link href={href(1)}>Revenir à la première page</Link>.
            </>
          ) : (
            <>
              Aucun nom ne contient ces lettres. Essayez un autre mot, ou <Link href="/organisations">voyez toutes les organisations</Link>.
            </>
          )}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-line rounded-lg border border-line bg-white">
          {result.organisations.map((org) => (
            <li key={org.slug} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <span>
                <Link href={`/organisations/${org.slug}`} className="font-semibold">
                  {fr(org.name)}
                </Link>{" "}
                <span className="text-sm text-muted">{ORGANISATION_KIND_LABELS[org.kind]}</span>
              </span>
              <span className="text-sm text-muted">
                {org.tables > 0 ? plural(org.tables, "table") : null}
                {org.tables > 0 && org.citations > 0 ? " · " : null}
                {org.citations > 0 ? `citée ${formatNumber(org.citations)} fois` : null}
              </span>
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label="Pages d’organisations" className="touch-links mt-6 flex flex-wrap items-center gap-4">
          {page > 1 ? (
            <Link href={href(page - 1)} rel="prev">
              ← Précédentes
            </Link>
          ) : null}
          <span>
            Page {formatNumber(page)} sur {formatNumber(result.pageCount)}
          </span>
          {page < result.pageCount ? (
            <Link href={href(page + 1)} rel="next">
              Suivantes →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
