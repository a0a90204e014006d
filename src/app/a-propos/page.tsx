import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { connection } from "next/server";
import { frenchTypography as fr } from "@/lib/text/typography";
import { getProgramme } from "@/server/data/pages/get-programme";

const description =
  "Le programme des Grandes Rencontres entre entrepreneurs sociaux et travailleurs sociaux, porté par La Compagnie Générale des Autres et le GNIAC.";
export const metadata: Metadata = {
  title: "À propos",
  description,
  openGraph: { title: "À propos des Grandes Rencontres", description, url: "/a-propos" },
};

export default async function AboutPage() {
  // Rendered per request (from the cache): the build never reads the database.
  await connection();
  const { programme, organisations } = await getProgramme();
  return (
    <article aria-labelledby="titre-apropos" className="max-w-3xl">
      <h1 id="titre-apropos" className="text-3xl font-bold">
        À propos des Grandes Rencontres
      </h1>
      <p className="mt-4 text-lg">
        Les Grandes Rencontres réunissent entrepreneurs sociaux et travailleurs sociaux pour qu&rsquo;ils se connaissent, partagent leurs pratiques et
        imaginent des collaborations. Ce site en garde la mémoire&nbsp;: chaque compte rendu y devient un catalogue d&rsquo;objectifs,
        d&rsquo;exemples et de pistes que l&rsquo;on peut parcourir, filtrer et suivre — l&rsquo;«&#8239;observatoire des bonnes pratiques&#8239;» que
        les participant·es ont appelé de leurs vœux.
      </p>
      {programme ? (
        <>
          <section aria-labelledby="projet" className="mt-10">
            <h2 id="projet" className="text-2xl font-bold">
              Le programme «&#8239;{fr(programme.project.title)}&#8239;»
            </h2>
            <p className="mt-3">{fr(programme.project.context)}</p>
            <p className="mt-3">{fr(programme.project.detail)}</p>
          </section>
          <section aria-labelledby="chronologie" className="mt-10">
            <h2 id="chronologie" className="text-2xl font-bold">
              Les étapes
            </h2>
            <ol className="mt-4 space-y-4 border-l-2 border-line pl-5">
              {programme.timeline.map((step) => (
                <li key={`${step.period}-${step.title}`}>
                  <p className="font-semibold">
                    <span className="text-accent-dark">{fr(step.period)}</span> — {fr(step.title)}
                  </p>
                  <p>{fr(step.text)}</p>
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="porteurs" className="mt-10">
            <h2 id="porteurs" className="text-2xl font-bold">
              Qui porte le programme
            </h2>
            <h3 className="mt-4 font-serif text-lg font-bold">
              {fr(programme.organisation.name)} ({programme.organisation.acronym})
            </h3>
            <p>{fr(programme.organisation.mission)}</p>
            <h3 className="mt-4 font-serif text-lg font-bold">{fr(programme.partner.name)}</h3>
            <p>{fr(programme.partner.description)}</p>
            <h3 className="mt-4 font-serif text-lg font-bold">L&rsquo;avis de la Fondation Crédit Coopératif</h3>
            <blockquote className="border-l-4 border-line pl-4 italic">{fr(programme.project.foundationView)}</blockquote>
          </section>
        </>
      ) : null}
      {organisations.length > 0 ? (
        <section aria-labelledby="organisations-rencontres" className="mt-10">
          <h2 id="organisations-rencontres" className="text-2xl font-bold">
            Organisatrices et partenaires des rencontres
          </h2>
          <ul className="link-list mt-3 list-disc pl-6">
            {organisations.map((o) => (
              <li key={o.slug}>
                <Link href={`/organisations/${o.slug}`}>{fr(o.name)}</Link>{" "}
                <span className="text-muted">({o.role === "ORGANISER" ? "organisation" : "partenaire"})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {programme ? (
        <section aria-labelledby="contact" className="mt-10">
          <h2 id="contact" className="text-2xl font-bold">
            Contact
          </h2>
          <address className="mt-3 not-italic">
            {fr(programme.organisation.name)}
            <br />
            {fr(programme.organisation.address)}
            <br />
            <a href={`mailto:${programme.organisation.email}`}>{programme.organisation.email}</a>
          </address>
        </section>
      ) : null}
    </article>
  );
}
