import type { Metadata } from "next";
import Link from "next/link";
import { siteUrl } from "@/lib/site-url";
import { formatDate, isoDay, plural } from "@/lib/text/format";
import { findEditableRencontres } from "@/server/data/rencontres/find-editable-rencontres";
import { actorOf, requireUser } from "@/server/session";
import { StatusButton } from "./status-button";
import { isOrganiser } from "@/server/actor";

export const metadata: Metadata = { title: "Rencontres" };

export default async function AdminHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const deleted = (await searchParams).supprimee === "rencontre";
  const rencontres = await findEditableRencontres(actorOf(user));
  return (
    <>
      {deleted ? (
        <p role="status" className="mb-4 rounded border border-line bg-white p-3">
          Brouillon supprimé.
        </p>
      ) : null}
      <h1 className="text-3xl font-bold">{isOrganiser(user) ? "Toutes les rencontres" : "Vos rencontres"}</h1>
      {isOrganiser(user) ? (
        <p className="mt-3">
          <Link
            href="/admin/rencontres/nouvelle"
            className="inline-block rounded bg-accent-dark px-4 py-2 font-semibold text-white no-underline hover:bg-accent"
          >
            Nouvelle rencontre
          </Link>{" "}
          <Link
            href="/admin/import"
            className="ml-2 inline-block rounded border border-accent-dark px-4 py-2 font-semibold text-accent-dark no-underline"
          >
            Importer un compte rendu
          </Link>
        </p>
      ) : null}
      <p className="mt-3">
        <Link href="/admin/a-thematiser">Pistes et exemples à thématiser</Link>
      </p>
      {rencontres.length === 0 ? (
        <p className="mt-4">
          {isOrganiser(user)
            ? "Aucune rencontre pour l'instant : créez-en une, ou importez un compte rendu."
            : "Vous n'êtes invité·e à aucune rencontre pour l'instant."}
        </p>
      ) : (
        <ul className="mt-6 space-y-3">
          {rencontres.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white p-4">
              <div>
                <p className="font-semibold">
                  <Link href={`/admin/rencontres/${r.id}`}>
                    {r.title} — {r.city}, <time dateTime={isoDay(r.date)}>{formatDate(r.date)}</time>
                  </Link>
                </p>
                <p className="text-sm text-muted">
                  {r.status === "PUBLISHED" ? "Publiée" : "Brouillon, invisible du public"} · {plural(r._count.tables, "table")} ·{" "}
                  {plural(r._count.items, "élément")}
                  {r.status === "PUBLISHED" ? (
                    <>
                      {" · "}
                      <Link href={`/rencontres/${r.slug}`}>voir la page publique</Link>
                    </>
                  ) : null}
                </p>
              </div>
              {isOrganiser(user) ? <StatusButton rencontre={r} site={siteUrl()} /> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
