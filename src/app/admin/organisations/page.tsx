import type { Metadata } from "next";
import Link from "next/link";
import { ORGANISATION_KIND_LABELS } from "@/lib/schemas/organisation";
import { plural } from "@/lib/text/format";
import { findOrganisationsForAdmin } from "@/server/data/organisations/find-organisations-for-admin";
import { actorOf, requireOrganiser } from "@/server/session";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Organisations" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AdminOrganisationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireOrganiser();
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 200);
  const page = /^\d{1,5}$/.test(first(params.page)) ? Math.max(1, Number(first(params.page))) : 1;
  const result = await findOrganisationsForAdmin(actorOf(user), { q, page });
  const pageHref = (n: number) => `/admin/organisations?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;
  return (
    <>
      <h1 className="text-3xl font-bold">Organisations</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Toutes les organisations, brouillons compris. Corrigez une fiche, ou fusionnez un doublon («&#8239;Conseil Départemental 92&#8239;» et
        «&#8239;Département des Hauts-de-Seine&#8239;») dans la fiche à garder.
      </p>
      <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="q" className="block font-semibold">
            Nom de l&rsquo;organisation
          </label>
          <input id="q" name="q" type="search" defaultValue={q} maxLength={200} className="mt-1 rounded border border-muted bg-white px-3 py-2" />
        </div>
        <Button type="submit">Chercher</Button>
        {q ? <Link href="/admin/organisations">Tout voir</Link> : null}
      </form>

      <p className="mt-4">
        {plural(result.total, "organisation")}
        {q ? ` pour « ${q} »` : ""}
        {result.pageCount > 1 ? ` · page ${page} sur ${result.pageCount}` : ""}
      </p>
      {result.organisations.length === 0 ? (
        <p className="mt-2">{page > 1 ? "Cette page est au-delà de la liste." : "Aucune organisation ne correspond."}</p>
      ) : null}
      <ul className="mt-3 divide-y divide-line rounded-lg border border-line bg-white">
        {result.organisations.map((o) => (
          <li key={o.id} className="p-3">
            <Link href={`/admin/organisations/${o.id}`} className="inline-flex min-h-11 items-center font-semibold">
              {o.name}
            </Link>
            <p className="text-sm text-muted">
              {ORGANISATION_KIND_LABELS[o.kind]}
              {o.city ? ` · ${o.city}` : ""} · {plural(o.participations, "participation")} · {plural(o.speakers, "intervention")} ·{" "}
              {plural(o.mentions, "citation")} · {plural(o.rencontres, "rôle d’organisateur ou partenaire", "rôles d’organisateur ou partenaire")}
            </p>
          </li>
        ))}
      </ul>
      {result.pageCount > 1 ? (
        <nav aria-label="Pages des organisations" className="mt-4 flex flex-wrap gap-4">
          {page > 1 ? (
            <Link href={pageHref(page - 1)} className="inline-flex min-h-11 items-center">
              ← Page précédente
            </Link>
          ) : null}
          {page < result.pageCount ? (
            <Link href={pageHref(page + 1)} className="inline-flex min-h-11 items-center">
              Page suivante →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
