import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { DownloadLinks } from "@/components/catalogue/download-links";
import { ItemCard } from "@/components/item/item-card";
import { ORGANISATION_KIND_LABELS } from "@/lib/schemas/organisation";
import { formatDate, plural } from "@/lib/text/format";
import { frenchTypography as fr } from "@/lib/text/typography";
import { getOrganisation } from "@/server/data/organisations/get-organisation";

// Incremental static regeneration: each page is rendered on its first visit, then served
// from the page cache and rendered again in the background at most every 2 seconds (so an
// edit shows on every instance within about 3 s, docs/decisions/0008); writes in this instance purge it at once.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await getOrganisation((await params).slug);
  if (!org) return { title: "Organisation introuvable" };
  const description = `${org.name} aux Grandes Rencontres\u00a0: ${plural(
    org.tables.reduce((n, r) => n + r.tables.length, 0),
    "table",
  )}, ${plural(org.items.length, "citation")}.`;
  return { title: org.name, description, openGraph: { title: org.name, description, url: `/organisations/${org.slug}` } };
}

const ROLE = { ORGANISER: "Organisatrice", PARTNER: "Partenaire", MODERATOR: "Animation de la table ronde", PANELIST: "Table ronde" } as const;

export default async function OrganisationPage({ params }: Props) {
  const org = await getOrganisation((await params).slug);
  if (!org) notFound();
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="link-list text-sm">
        <Link href="/">Accueil</Link> › <Link href="/organisations">Organisations</Link> › {fr(org.name)}
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{fr(org.name)}</h1>
      <nav aria-label="Ses pistes et ses exemples" className="no-print mt-4">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href={`/pistes?organisation=${org.slug}`} className="jump-link">
              Pistes de ses tables ({org.relatedCounts.ideas})
            </Link>
          </li>
          <li>
            <Link href={`/exemples?organisation=${org.slug}`} className="jump-link">
              Exemples de ses tables ({org.relatedCounts.examples})
            </Link>
          </li>
        </ul>
        <p className="mt-1 text-sm text-muted">Ceux des tables où elle siégeait, et ceux qui la citent.</p>
      </nav>
      <p className="text-muted">
        {ORGANISATION_KIND_LABELS[org.kind]}
        {org.city ? ` · ${fr(org.city)}` : ""}
        {org.website ? (
          <>
            {" · "}
            <a href={org.website} rel="noopener noreferrer">
              Site internet
            </a>
          </>
        ) : null}
      </p>
      {org.description ? <p className="mt-3 max-w-3xl">{fr(org.description)}</p> : null}

      {org.roles.length + org.speakers.length > 0 ? (
        <section aria-labelledby="roles" className="mt-8">
          <h2 id="roles" className="text-2xl font-bold">
            Rôle dans les rencontres
          </h2>
          <ul className="link-list mt-3 list-disc space-y-1 pl-6">
            {org.roles.map((r) => (
              <li key={`${r.role}-${r.rencontre.slug}`}>
                {ROLE[r.role]}
                {"\u00a0: "}
                <Link href={`/rencontres/${r.rencontre.slug}`}>
                  {fr(r.rencontre.city)}, {formatDate(r.rencontre.date)}
                </Link>
              </li>
            ))}
            {org.speakers.map((s, i) => (
              <li key={`speaker-${i}`}>
                {ROLE[s.role]}
                {"\u00a0: "}
                {fr(s.name)},{" "}
                <Link href={`/rencontres/${s.rencontre.slug}#table-ronde`}>
                  {fr(s.rencontre.city)}, {formatDate(s.rencontre.date)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="tables-org" className="mt-8">
        <h2 id="tables-org" className="text-2xl font-bold">
          Aux tables de travail
        </h2>
        {org.tables.length === 0 ? <p className="mt-3 text-muted">Personne de cette organisation n&rsquo;a siégé à une table.</p> : null}
        {org.tables.map((group) => (
          <div key={group.rencontre.slug} className="mt-3">
            <h3 className="font-serif text-lg font-bold">
              <Link href={`/rencontres/${group.rencontre.slug}`}>
                {fr(group.rencontre.title)} — {fr(group.rencontre.city)}, {formatDate(group.rencontre.date)}
              </Link>
            </h3>
            <ul className="link-list list-disc pl-6">
              {group.tables.map((t) => (
                <li key={t.number}>
                  <Link href={`/rencontres/${group.rencontre.slug}/tables/${t.number}`}>Table {t.number}</Link>
                  {`\u00a0: ${fr(t.people.join(", "))}`}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-labelledby="citations" className="mt-8">
        <h2 id="citations" className="text-2xl font-bold">
          Citée dans les exemples et les pistes
        </h2>
        {org.items.length === 0 ? <p className="mt-3 text-muted">Aucun exemple ni aucune piste ne la cite.</p> : null}
        <div className="mt-3 space-y-1">
          <p className="link-list text-sm">
            {`Les pistes et exemples liés à ${fr(org.name)} (qui la citent, ou d’une table où elle siégeait)\u00a0: `}
            <Link href={`/pistes?organisation=${org.slug}`}>pistes</Link>, <Link href={`/exemples?organisation=${org.slug}`}>exemples</Link>.
          </p>
          <DownloadLinks kind="IDEA" filters={{ organisation: org.slug }} label="Télécharger ces pistes" />
          <DownloadLinks kind="EXAMPLE" filters={{ organisation: org.slug }} label="Télécharger ces exemples" />
        </div>
        <ul className="mt-3 space-y-3">
          {org.items.map((item) => (
            <li key={item.id}>
              <p className="text-sm font-semibold text-muted">{item.kind === "IDEA" ? "Piste" : "Exemple"}</p>
              <ItemCard item={item} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
