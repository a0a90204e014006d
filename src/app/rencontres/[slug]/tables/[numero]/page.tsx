import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { ItemDetail } from "@/components/item/item-detail";
import { PeopleList } from "@/components/rencontre/people-list";
import { tableHeading } from "@/components/rencontre/table-summary";
import { formatDate, plural } from "@/lib/text/format";
import { frenchTypography as fr } from "@/lib/text/typography";
import { getTable } from "@/server/data/tables/get-table";

// Incremental static regeneration: each page is rendered on its first visit, then served
// from the page cache and rendered again in the background at most every 2 seconds (so an
// edit shows on every instance within about 3 s, docs/decisions/0008); writes in this instance purge it at once.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; numero: string }> };

async function load(params: Props["params"]) {
  const { slug, numero } = await params;
  if (!/^\d{1,3}$/.test(numero)) return null;
  return getTable(slug, Number(numero));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const table = await load(params);
  if (!table) return { title: "Table introuvable" };
  const title = `${table.title ? `Table ${table.number} — ${table.title}` : `Table ${table.number}`} — ${table.rencontre.city}, ${formatDate(table.rencontre.date)}`;
  const description = `Les participant·es, objectifs, exemples de collaboration et pistes d’action de la table ${table.number} de la Grande Rencontre de ${table.rencontre.city}.`;
  return { title, description, openGraph: { title, description, url: `/rencontres/${table.rencontre.slug}/tables/${table.number}` } };
}

export default async function TablePage({ params }: Props) {
  const table = await load(params);
  if (!table) notFound();
  const base = `/rencontres/${table.rencontre.slug}`;
  // The ideas first: on a phone they start far below the participants, objectives and examples.
  const jumps = [
    { id: "pistes", label: plural(table.ideas.length, "piste") },
    { id: "exemples", label: plural(table.examples.length, "exemple") },
    { id: "objectifs", label: plural(table.objectives.length, "objectif") },
    { id: "participants", label: plural(table.participants.length, "participant·e", "participant·es") },
  ];

  return (
    <article aria-labelledby="titre-table">
      <nav aria-label="Fil d’Ariane" className="link-list no-print text-sm">
        <Link href="/">Accueil</Link> › <Link href="/rencontres">Rencontres</Link> › <Link href={base}>{fr(table.rencontre.city)}</Link> › Table{" "}
        {table.number}
      </nav>
      <h1 id="titre-table" className="mt-3 text-3xl font-bold">
        {tableHeading(table)}
      </h1>
      <p className="link-list text-muted">
        <Link href={base}>
          {fr(table.rencontre.title)} — {fr(table.rencontre.city)}, {formatDate(table.rencontre.date)}
        </Link>
      </p>
      <nav aria-label="Dans cette table" className="no-print mt-4">
        <ul className="flex flex-wrap gap-2">
          {jumps.map((jump) => (
            <li key={jump.id}>
              <a href={`#${jump.id}`} className="jump-link">
                {jump.label} ↓
              </a>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="participants" className="mt-8">
        <h2 id="participants" className="text-2xl font-bold">
          Autour de la table
        </h2>
        <div className="mt-3">
          <PeopleList people={table.participants} label={`Participant·es de la table ${table.number}`} />
        </div>
      </section>

      <section aria-labelledby="objectifs" className="mt-8">
        <h2 id="objectifs" className="text-2xl font-bold">
          Principaux objectifs de la collaboration
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          {table.objectives.map((o, i) => (
            <li key={i}>
              {fr(o.text)}
              {o.consolidated ? <span className="text-sm text-muted">{` — objectif consolidé\u00a0: ${fr(o.consolidated)}`}</span> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="exemples" className="mt-8">
        <h2 id="exemples" className="text-2xl font-bold">
          Exemples de collaboration
        </h2>
        {table.examples.length === 0 ? <p className="mt-3 text-muted">Aucun exemple noté à cette table.</p> : null}
        <ul className="mt-3 space-y-3">
          {table.examples.map((item) => (
            <ItemDetail key={item.id} item={item} rencontreSlug={table.rencontre.slug} />
          ))}
        </ul>
      </section>

      <section aria-labelledby="pistes" className="mt-8">
        <h2 id="pistes" className="text-2xl font-bold">
          Pistes de future collaboration
        </h2>
        {table.ideas.length === 0 ? <p className="mt-3 text-muted">Aucune piste notée à cette table.</p> : null}
        <ul className="mt-3 space-y-3">
          {table.ideas.map((item) => (
            <ItemDetail key={item.id} item={item} rencontreSlug={table.rencontre.slug} />
          ))}
        </ul>
      </section>

      {table.notes ? <p className="mt-6 text-sm text-muted">{fr(table.notes)}</p> : null}

      <nav aria-label="Autres tables" className="touch-links no-print mt-10 flex flex-wrap justify-between gap-3 border-t border-line pt-4">
        {table.previous !== null ? (
          <Link href={`${base}/tables/${table.previous}`} rel="prev">
            ← Table {table.previous}
          </Link>
        ) : (
          <span />
        )}
        <Link href={`${base}#tables`}>Toutes les tables ({table.tableCount})</Link>
        {table.next !== null ? (
          <Link href={`${base}/tables/${table.next}`} rel="next">
            Table {table.next} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
