import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/text/format";
import { findAuditEntries } from "@/server/data/audit/find-audit-entries";
import { actorOf, requireOrganiser } from "@/server/session";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = { title: "Journal des modifications" };

const ACTIONS: Record<string, string> = {
  CREATE: "Création",
  UPDATE: "Modification",
  DELETE: "Suppression",
  PUBLISH: "Publication",
  UNPUBLISH: "Retrait",
  IMPORT: "Import",
  MERGE: "Fusion",
  ERASE: "Effacement",
  EXPORT: "Export",
  INVITE: "Invitation",
};
const time = new Intl.DateTimeFormat("fr-FR", { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Paris" });
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The query string of a page of the log, keeping its filters. */
function pageQuery(page: number, filters: { rencontreId: string | null; personId: string | null }) {
  return new URLSearchParams({
    ...(filters.rencontreId ? { rencontre: filters.rencontreId } : {}),
    ...(filters.personId ? { personne: filters.personId } : {}),
    ...(page > 1 ? { page: String(page) } : {}),
  }).toString();
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireOrganiser();
  const params = await searchParams;
  const rencontreId = /^[\w-]{1,64}$/.test(first(params.rencontre)) ? first(params.rencontre) : null;
  const personId = /^[\w-]{1,64}$/.test(first(params.personne)) ? first(params.personne) : null;
  const page = /^\d{1,5}$/.test(first(params.page)) ? Number(first(params.page)) : 1;
  const log = await findAuditEntries(actorOf(user), { rencontreId, personId, page });
  return (
    <>
      <h1 className="text-3xl font-bold">Journal des modifications</h1>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="rencontre" className="block font-semibold">
            Rencontre
          </label>
          <select id="rencontre" name="rencontre" defaultValue={rencontreId ?? ""} className="mt-1 rounded border border-muted bg-white px-2 py-2">
            <option value="">Toutes</option>
            {log.rencontres.map((r) => (
              <option key={r.id} value={r.id}>
                {r.city}, {formatDate(r.date)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="personne" className="block font-semibold">
            Personne
          </label>
          <select
            id="personne"
            name="personne"
            defaultValue={personId ?? ""}
            className="mt-1 max-w-xs rounded border border-muted bg-white px-2 py-2"
          >
            <option value="">Toutes</option>
            {log.people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Filtrer</Button>
        <Link href="/admin/journal">Tout voir</Link>
      </form>
      {log.person ? (
        <p className="mt-4 rounded border border-line bg-white p-3">
          Entrées concernant <strong>{log.person.name}</strong>
          {" · "}
          <Link href={`/admin/journal?${pageQuery(1, { rencontreId, personId: null })}`}>retirer ce filtre</Link>
          {log.person.exists ? (
            <>
              {" · "}
              <Link href={`/admin/personnes/${log.person.id}`}>voir sa fiche</Link>
            </>
          ) : null}
        </p>
      ) : null}
      <p className="mt-4">
        {log.total} entrée{log.total >= 2 ? "s" : ""}
      </p>
      <div className="mt-2 relative overflow-x-auto" tabIndex={0} role="region" aria-label="Entrées du journal">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="py-2 pr-3">
                Quand
              </th>
              <th scope="col" className="py-2 pr-3">
                Qui
              </th>
              <th scope="col" className="py-2 pr-3">
                Action
              </th>
              <th scope="col" className="py-2">
                Détail
              </th>
            </tr>
          </thead>
          <tbody>
            {log.entries.map((e) => (
              <tr key={e.id} className="border-b border-line align-top">
                <td className="py-2 pr-3 whitespace-nowrap">
                  <time dateTime={e.at.toISOString()}>
                    {formatDate(e.at)} à {time.format(e.at)}
                  </time>
                </td>
                <td className="py-2 pr-3">{e.actorLabel}</td>
                <td className="py-2 pr-3">{ACTIONS[e.action] ?? e.action}</td>
                <td className="py-2">{e.summary}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {log.pageCount > 1 ? (
        <nav aria-label="Pages du journal" className="mt-4 flex gap-4">
          {page > 1 ? <Link href={`/admin/journal?${pageQuery(page - 1, { rencontreId, personId })}`}>← Plus récentes</Link> : null}
          {page < log.pageCount ? <Link href={`/admin/journal?${pageQuery(page + 1, { rencontreId, personId })}`}>Plus anciennes →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
