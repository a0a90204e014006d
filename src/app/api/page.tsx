import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { PROBLEM_KINDS, problemStatus, problemTitle } from "@/lib/api/problem";
import { API_BASE_PATH, API_RESOURCES, API_RESOURCE_NAMES } from "@/lib/api/resources";
import { API_DEFAULT_LIMIT, API_MAX_LIMIT } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site-url";

const description =
  "L’API de lecture du catalogue publié des Grandes Rencontres : rencontres, tables, pistes, exemples, thèmes et organisations en JSON, sans clé, avec son document OpenAPI.";
export const metadata: Metadata = {
  title: "API de lecture",
  description,
  openGraph: { title: "L’API de lecture des Grandes Rencontres", description, url: "/api" },
};

function Example({ label, command }: { label: string; command: string }) {
  return (
    <figure className="mt-4">
      <figcaption className="font-semibold">{label}</figcaption>
      <pre className="mt-1 rounded-md border border-line bg-white p-3 text-sm break-all whitespace-pre-wrap">
        <code>{command}</code>
      </pre>
    </figure>
  );
}

export default function ApiPage() {
  const base = `${siteUrl()}${API_BASE_PATH}`;
  return (
    <article aria-labelledby="titre-api" className="max-w-4xl">
      <h1 id="titre-api" className="text-3xl font-bold">
        L’API de lecture
      </h1>
      <p className="mt-4 text-lg">
        Le catalogue publié des Grandes Rencontres se lit aussi en JSON, sans clé ni inscription, pour l’afficher sur un autre site ou l’analyser. Les
        données sont sous la Licence Ouverte 2.0 d’Etalab, comme les <Link href="/donnees">fichiers des données ouvertes</Link>. Les rencontres en
        préparation n’y figurent pas et aucune personne n’y est nommée.
      </p>
      <p className="mt-3">
        Le document{" "}
        <a href={`${API_BASE_PATH}/openapi.json`}>
          <code>{`${API_BASE_PATH}/openapi.json`}</code>
        </a>{" "}
        (OpenAPI 3.1) décrit chaque adresse, chaque paramètre et chaque champ des réponses.
      </p>

      <section aria-labelledby="collections" className="mt-8">
        <h2 id="collections" className="text-2xl font-bold">
          Les collections
        </h2>
        <div className="mt-3">
          <table className="w-full border-collapse text-sm break-words">
            <caption className="sr-only">Adresses de l’API et leurs filtres</caption>
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="py-1 pr-3">
                  Adresse
                </th>
                <th scope="col" className="py-1 pr-3">
                  Contenu
                </th>
                <th scope="col" className="py-1">
                  Filtres
                </th>
              </tr>
            </thead>
            <tbody>
              {API_RESOURCE_NAMES.map((name) => (
                <tr key={name} className="border-b border-line align-top">
                  <td className="py-1 pr-3 break-all">
                    <code>{`${API_BASE_PATH}/${name}`}</code>
                  </td>
                  <td className="py-1 pr-3">{API_RESOURCES[name].summary}</td>
                  <td className="py-1">{API_RESOURCES[name].filters}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="mt-3">
          Les filtres des pistes et des exemples sont ceux des pages <Link href="/pistes">/pistes</Link> et <Link href="/exemples">/exemples</Link>
          &nbsp;: une même adresse de filtres y donne les mêmes éléments. <code>theme</code> et <code>statut</code> se répètent (
          <code>?theme=a&amp;theme=b</code>).
        </p>
      </section>

      <section aria-labelledby="pages" className="mt-8">
        <h2 id="pages" className="text-2xl font-bold">
          Pagination, cache et limites
        </h2>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            Chaque réponse donne <code>items</code> (au plus <code>limit</code> éléments&nbsp;: {API_DEFAULT_LIMIT} par défaut, {API_MAX_LIMIT} au
            plus) et <code>next</code>, l’adresse de la page suivante (aussi dans l’en-tête <code>Link</code>), ou <code>null</code> sur la dernière.
            Le paramètre <code>cursor</code> est opaque&nbsp;: reprenez l’adresse <code>next</code> telle quelle. Chaque élément est donné une fois,
            même si le catalogue change pendant le parcours.
          </li>
          <li>
            L’en-tête <code>ETag</code> suit la version du catalogue&nbsp;: renvoyez-le dans <code>If-None-Match</code> et l’API répond{" "}
            <code>304 Not Modified</code> tant que rien n’a changé.
          </li>
          <li>
            Toute origine peut lire l’API depuis un navigateur (<code>Access-Control-Allow-Origin: *</code>, sans cookies)&nbsp;: GET, HEAD et OPTIONS
            seulement.
          </li>
          <li>
            Chaque adresse cliente a droit à un nombre de requêtes par minute (600 par défaut)&#8239;; au-delà, l’API répond <code>429</code> avec
            l’en-tête <code>Retry-After</code>, en secondes.
          </li>
        </ul>
      </section>

      <section aria-labelledby="exemples-curl" className="mt-8">
        <h2 id="exemples-curl" className="text-2xl font-bold">
          Exemples avec curl
        </h2>
        <Example label="Les pistes d’un thème, cinq par page" command={`curl "${base}/pistes?theme=apprentissage-et-formation&limit=5"`} />
        <Example label="La page suivante : l’adresse next de la réponse" command={`curl "$(curl -s "${base}/pistes?limit=100" | jq -r .next)"`} />
        <Example label="Les rencontres de Paris en 2021" command={`curl "${base}/rencontres?ville=paris&annee=2021"`} />
        <Example label="Les exemples qui citent une organisation" command={`curl "${base}/exemples?organisation=soliguide"`} />
        <Example
          label="Ne rien retélécharger si rien n’a changé (304)"
          command={`curl -i -H 'If-None-Match: "v12-pistes-…"' "${base}/pistes?theme=apprentissage-et-formation&limit=5"`}
        />
        <Example label="Le document OpenAPI" command={`curl "${base}/openapi.json"`} />
      </section>

      <section aria-labelledby="erreurs" className="mt-8">
        <h2 id="erreurs" className="text-2xl font-bold">
          Les erreurs
        </h2>
        <p className="mt-3">
          Une erreur est décrite au format de la RFC 9457 (<code>application/problem+json</code>)&nbsp;: <code>type</code>, <code>title</code>,{" "}
          <code>status</code>, <code>detail</code>, et pour une requête invalide la liste <code>erreurs</code> des paramètres en cause.
        </p>
        <dl className="mt-3 grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          {PROBLEM_KINDS.map((kind) => (
            <div key={kind} id={`erreur-${kind}`} className="contents">
              <dt className="font-semibold">
                {problemStatus(kind)} {problemTitle(kind)}
              </dt>
              <dd>
                <code>/api#erreur-{kind}</code>
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
