import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { frenchTypography as fr } from "@/lib/text/typography";
import { formatDate, isoDay, plural } from "@/lib/text/format";
import { findRencontres } from "@/server/data/rencontres/find-rencontres";
import { Button } from "@/components/ui/button";

const description =
  "Toutes les Grandes Rencontres entre entrepreneurs sociaux et travailleurs sociaux, par ville et par année, avec leurs tables et leurs pistes.";
export const metadata: Metadata = {
  title: "Les rencontres",
  description,
  openGraph: { title: "Les Grandes Rencontres", description, url: "/rencontres" },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function RencontresPage({ searchParams }: Props) {
  const params = await searchParams;
  const ville = first(params.ville);
  const annee = first(params.annee);
  const villeParam = /^[a-z0-9-]{1,80}$/.test(ville) ? ville : null;
  const anneeParam = /^\d{4}$/.test(annee) ? Number(annee) : null;
  const ignored: string[] = [];
  if (ville && !villeParam) ignored.push(`ville «\u202f${fr(ville.slice(0, 40))}\u202f»`);
  if (annee && !anneeParam) ignored.push(`année «\u202f${fr(annee.slice(0, 10))}\u202f»`);
  const result = await findRencontres(villeParam, anneeParam);
  const notices = [...ignored, ...result.unknown];

  return (
    <>
      <h1 className="text-3xl font-bold">Les rencontres</h1>
      <form
        action="/rencontres"
        method="get"
        aria-label="Filtrer les rencontres"
        className="mt-6 flex flex-wrap items-end gap-4 rounded-lg border border-line bg-white p-4"
      >
        <div>
          <label htmlFor="ville" className="block font-semibold">
            Ville
          </label>
          <select id="ville" name="ville" defaultValue={result.selected.ville ?? ""} className="mt-1 rounded border border-muted bg-white px-2 py-2">
            <option value="">Toutes les villes</option>
            {result.cities.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label} ({c.count})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="annee" className="block font-semibold">
            Année
          </label>
          <select
            id="annee"
            name="annee"
            defaultValue={result.selected.annee ? String(result.selected.annee) : ""}
            className="mt-1 rounded border border-muted bg-white px-2 py-2"
          >
            <option value="">Toutes les années</option>
            {result.years.map((y) => (
              <option key={y.value} value={y.value}>
                {y.value} ({y.count})
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Filtrer</Button>
        <Link href="/rencontres" className="inline-flex min-h-11 items-center">
          Effacer
        </Link>
      </form>
      {notices.length > 0 ? (
        <p role="status" className="mt-4 rounded border border-line bg-highlight/40 p-2 text-sm">
          Filtre ignoré, inconnu du catalogue&nbsp;: {notices.join(", ")}.
        </p>
      ) : null}
      <h2 className="mt-8 text-xl font-bold" aria-live="polite">
        {result.rencontres.length === 0 ? "Aucune rencontre" : plural(result.rencontres.length, "rencontre")}
      </h2>
      {result.rencontres.length === 0 ? (
        <p className="mt-3">
          Aucune rencontre publiée ne correspond. <Link href="/rencontres">Voir toutes les rencontres</Link>.
        </p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {result.rencontres.map((r) => (
            <li key={r.slug} className="rounded-lg border border-line bg-white p-4">
              <h3 className="font-serif text-xl font-bold">
                <Link href={`/rencontres/${r.slug}`}>
                  {fr(r.title)} — {fr(r.city)}
                </Link>
              </h3>
              <p className="text-muted">
                <time dateTime={isoDay(r.date)}>{formatDate(r.date)}</time>
                {r.venueName ? ` · ${fr(r.venueName)}` : ""}
              </p>
              <p className="mt-2 text-sm">
                {plural(r.tables, "table")} · {plural(r.participants, "participation")} · {plural(r.examples, "exemple")} · {plural(r.ideas, "piste")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
