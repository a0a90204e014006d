import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { JsonLd } from "@/components/ui/json-ld";
import { FEEDS } from "@/lib/open-data/feed-addresses";
import { dataPackageDatasetJsonLd, DATASET_DESCRIPTION, DATASET_NAME } from "@/lib/open-data/json-ld";
import { siteUrl } from "@/lib/site-url";
import { DATA_PACKAGE_FILE, DATA_RESOURCES, LICENSE, RESOURCE_NAMES, resourceFile, type DataField } from "@/lib/open-data/data-package";
import { frenchTypography } from "@/lib/text/typography";

const description = DATASET_DESCRIPTION;
export const metadata: Metadata = {
  title: "Données ouvertes",
  description,
  openGraph: { title: DATASET_NAME, description, url: "/donnees" },
};

const TYPE_LABELS: Record<DataField["type"], string> = {
  string: "texte",
  integer: "nombre entier",
  date: "date (AAAA-MM-JJ)",
  datetime: "date et heure (UTC)",
};

export default function OpenDataPage() {
  return (
    <article aria-labelledby="titre-donnees" className="max-w-4xl">
      <JsonLd data={dataPackageDatasetJsonLd(siteUrl())} />
      <h1 id="titre-donnees" className="text-3xl font-bold">
        Les données ouvertes
      </h1>
      <p className="mt-4 text-lg">
        Tout le catalogue publié — rencontres, tables, participations, organisations, exemples et pistes, thèmes, liens entre eux et suivi des pistes
        — est téléchargeable ici, un fichier CSV par sorte de données. Les fichiers sont réécrits après chaque modification du catalogue&nbsp;: ils
        sont toujours à jour.
      </p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <a href={`/donnees/${DATA_PACKAGE_FILE}`}>
            <code>{DATA_PACKAGE_FILE}</code>
          </a>
          &nbsp;: la description de tous les fichiers, de leurs colonnes et de leurs liens, au format{" "}
          <a href="https://specs.frictionlessdata.io/data-package/" rel="noopener noreferrer">
            Data Package de Frictionless Data
          </a>{" "}
          (lisible par les outils de Frictionless, Python, R, JavaScript…).
        </li>
        <li>
          Les fichiers CSV&nbsp;: UTF-8, séparés par des virgules, une ligne d’en-tête, guillemets selon la RFC 4180, une cellule vide quand une
          valeur est inconnue.
        </li>
        <li>
          Pour une sélection (un thème, une ville, une recherche), chaque page du catalogue propose aussi «&#8239;Télécharger (CSV, JSON)&#8239;» avec
          ses filtres&nbsp;: par exemple <Link href="/pistes">les pistes</Link>.
        </li>
      </ul>

      <section aria-labelledby="flux" className="mt-8">
        <h2 id="flux" className="text-2xl font-bold">
          Flux Atom
        </h2>
        <p className="mt-3">Pour être prévenu dans un lecteur de flux, ou pour afficher les nouveautés sur un autre site&nbsp;:</p>
        <ul className="mt-2 list-disc space-y-1 pl-6">
          <li>
            <a href={FEEDS.rencontres.path} type="application/atom+xml">
              les rencontres publiées
            </a>
            &#8239;;
          </li>
          <li>
            <a href={FEEDS.suivi.path} type="application/atom+xml">
              le suivi des pistes
            </a>{" "}
            (changements de statut et notes)&#8239;;
          </li>
          <li>
            les nouvelles pistes d’un thème&nbsp;: <code>/flux/themes/&lt;thème&gt;.atom</code>, en lien sur la page de chaque thème.
          </li>
        </ul>
      </section>

      <section aria-labelledby="licence" className="mt-8">
        <h2 id="licence" className="text-2xl font-bold">
          Licence
        </h2>
        <p className="mt-3">
          Les données sont publiées sous la{" "}
          <a href={LICENSE.path} rel="noopener noreferrer">
            {LICENSE.title}
          </a>{" "}
          d’Etalab&nbsp;: vous pouvez les copier, les modifier et les réutiliser, y compris commercialement, en mentionnant leur source
          («&#8239;Grandes Rencontres ES-TS&#8239;») et la date de leur dernière mise à jour.
        </p>
      </section>

      <section aria-labelledby="personnes" className="mt-8">
        <h2 id="personnes" className="text-2xl font-bold">
          Les personnes
        </h2>
        <p className="mt-3">
          Une personne qui a choisi de ne pas apparaître est nommée «&#8239;Participant·e&#8239;», avec son organisation. Une personne dont les
          données ont été effacées n&rsquo;apparaît nulle part. Les rencontres en préparation (brouillons) ne sont dans aucun fichier. Aucune adresse
          électronique n&rsquo;est publiée.
        </p>
      </section>

      <section aria-labelledby="fichiers" className="mt-8">
        <h2 id="fichiers" className="text-2xl font-bold">
          Les fichiers
        </h2>
        {RESOURCE_NAMES.map((name) => {
          const resource = DATA_RESOURCES[name];
          return (
            <section key={name} aria-labelledby={`fichier-${name}`} className="mt-6">
              <h3 id={`fichier-${name}`} className="font-serif text-xl font-bold">
                {resource.title}&nbsp;:{" "}
                <a href={`/donnees/${resourceFile(name)}`} download>
                  <code>{resourceFile(name)}</code>
                </a>
              </h3>
              <p className="mt-1">{frenchTypography(resource.description)}</p>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full border-collapse text-sm">
                  <caption className="sr-only">Colonnes de {resourceFile(name)}</caption>
                  <thead>
                    <tr className="border-b border-line text-left">
                      <th scope="col" className="py-1 pr-3">
                        Colonne
                      </th>
                      <th scope="col" className="py-1 pr-3">
                        Type
                      </th>
                      <th scope="col" className="py-1">
                        Contenu
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {resource.fields.map((field) => (
                      <tr key={field.name} className="border-b border-line align-top">
                        <td className="py-1 pr-3">
                          <code>{field.name}</code>
                        </td>
                        <td className="py-1 pr-3">{TYPE_LABELS[field.type]}</td>
                        <td className="py-1">{frenchTypography(field.description)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </section>
          );
        })}
      </section>
    </article>
  );
}
