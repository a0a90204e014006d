import type { Metadata } from "next";
import Link from "next/link";
import { PeopleQuerySchema } from "@/lib/schemas/person-form";
import { formatDate, plural } from "@/lib/text/format";
import { findPeopleForAdmin } from "@/server/data/people/find-people-for-admin";
import { actorOf, requireOrganiser } from "@/server/session";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Personnes" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The query string of a page of results, keeping the search. */
const pageHref = (q: string, page: number) =>
  `/admin/personnes?${new URLSearchParams({ ...(q ? { q } : {}), ...(page > 1 ? { page: String(page) } : {}) })}`;

export default async function PeoplePage({ searchParams }: Props) {
  const user = await requireOrganiser();
  const params = await searchParams;
  const { q, page } = PeopleQuerySchema.parse({ q: first(params.q) ?? "", page: first(params.page) ?? "1" });
  const result = await findPeopleForAdmin(actorOf(user), { q, page });
  return (
    <>
      <h1 className="text-3xl font-bold">Personnes</h1>
      <p className="mt-1 max-w-3xl text-muted">
        Les participant·es et intervenant·es des rencontres. Sur la fiche d’une personne&nbsp;: masquer son nom des pages publiques, exporter ses
        données, l’effacer.
      </p>
      {first(params.effacement) === "ok" ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-3">
          La personne a été effacée, avec ses participations.
        </p>
      ) : null}
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div className="min-w-64 flex-1 sm:max-w-md">
          <label htmlFor="q" className="block font-semibold">
            Nom
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            aria-describedby="q-aide"
            className="mt-1 w-full rounded border border-muted bg-white px-3 py-2"
          />
          <p id="q-aide" className="mt-1 text-sm text-muted">
            Prénom, nom ou les deux, sans accents ni majuscules s&rsquo;il le faut.
          </p>
        </div>
        <Button type="submit" className="mb-7">
          Rechercher
        </Button>
        {q ? (
          <Link href="/admin/personnes" className="mb-7 inline-flex min-h-11 items-center">
            Tout voir
          </Link>
        ) : null}
      </form>
      <p className="mt-2" aria-live="polite">
        {plural(result.total, "personne")}
        {q ? ` pour « ${q} »` : ""}
        {result.pageCount > 1 ? ` · page ${result.page} sur ${result.pageCount}` : ""}
      </p>
      {result.people.length === 0 ? null : (
        <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
          {result.people.map((person) => (
            <li key={person.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-4 py-3">
              <p>
                <Link href={`/admin/personnes/${person.id}`} className="font-semibold">
                  {person.fullName}
                </Link>
                {person.visibility === "HIDDEN" ? (
                  <span className="ml-2 rounded-full border border-line bg-paper px-2 py-0.5 text-sm">nom masqué</span>
                ) : null}
              </p>
              <p className="text-sm text-muted">
                {person.rencontres.length === 0 ? "Aucune rencontre" : person.rencontres.map((r) => `${r.city}, ${formatDate(r.date)}`).join(" ; ")}
              </p>
            </li>
          ))}
        </ul>
      )}
      {result.pageCount > 1 ? (
        <nav aria-label="Pages de résultats" className="mt-4 flex flex-wrap gap-4">
          {result.page > 1 ? (
            <Link href={pageHref(q, result.page - 1)} rel="prev" className="inline-flex min-h-11 items-center">
              ← Page précédente
            </Link>
          ) : null}
          {result.page < result.pageCount ? (
            <Link href={pageHref(q, result.page + 1)} rel="next" className="inline-flex min-h-11 items-center">
              Page suivante →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
