import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { formatNumber, plural } from "@/lib/text/format";
import { getObservatory } from "@/server/data/observatory/get-observatory";
import { BALANCE_RENCONTRES, OrganisationBalance } from "./organisation-balance";
import { RecurringIdeas } from "./recurring-ideas";
import { StatusByTheme } from "./status-by-theme";
import { ThemeMatrix } from "./theme-matrix";

const description =
  "L’observatoire des Grandes Rencontres : les pistes par thème, ville et année, ce qu’elles sont devenues, les plus récurrentes, et l’équilibre des organisations autour des tables.";
export const OBSERVATORY_METADATA: Metadata = {
  title: "Observatoire",
  description,
  openGraph: { title: "Observatoire des Grandes Rencontres", description, url: "/observatoire" },
};

/**
 * /observatoire (served whole from the page cache, src/app/cache/[view]/[key]): four charts
 * drawn on the server; with `year` (?annee=), the theme × city grid of that year first.
 */
export async function ObservatoryContent({ year }: { year?: number }) {
  const data = await getObservatory();
  if (year !== undefined && !data.years.some((y) => y.year === year)) notFound();
  const ideas = data.rencontres.reduce((sum, r) => sum + r.ideas, 0);
  return (
    <>
      <h1 className="text-3xl font-bold">Observatoire</h1>
      <p className="mt-2 max-w-3xl text-lg">
        Ce que les rencontres ont produit, d’une ville et d’une année à l’autre&nbsp;: {plural(ideas, "piste")} de{" "}
        {plural(data.rencontres.length, "rencontre publiée", "rencontres publiées")}. Chaque graphique est suivi de ses chiffres en tableau.
      </p>

      <section aria-labelledby="titre-matrice" className="mt-8">
        <h2 id="titre-matrice" className="text-2xl font-bold">
          Thèmes, villes et années
        </h2>
        <p className="mt-1 max-w-3xl">
          Le nombre de pistes de chaque thème, année par année et ville par ville, ou ville par ville pour une seule année. Chaque case mène aux
          pistes de ce thème pour cette ville, cette année ou les deux, dans le catalogue. Une piste peut avoir plusieurs thèmes&#8239;;{" "}
          {plural(data.unthemed.total, "piste n’a", "pistes n’ont")} encore aucun thème.
        </p>
        <ThemeMatrix data={data} year={year} />
      </section>

      <section aria-labelledby="titre-suivi" className="mt-10">
        <h2 id="titre-suivi" className="text-2xl font-bold">
          Ce que sont devenues les pistes
        </h2>
        <p className="mt-1 max-w-3xl">
          Le statut de suivi des pistes de chaque thème&nbsp;: proposée, en cours, réalisée ou abandonnée. Le détail daté de chaque piste est sur sa
          page&#8239;; le <Link href="/pistes">catalogue</Link> les filtre par statut.
        </p>
        <StatusByTheme data={data} />
      </section>

      <section aria-labelledby="titre-recurrentes" className="mt-10">
        <h2 id="titre-recurrentes" className="text-2xl font-bold">
          Les pistes les plus récurrentes
        </h2>
        <p className="mt-1 max-w-3xl">
          Les pistes reliées au plus grand nombre d’autres, la même idée ayant été proposée à plusieurs tables (d’après les liens de la synthèse de
          chaque rencontre).
        </p>
        <RecurringIdeas ideas={data.recurring} />
      </section>

      <section aria-labelledby="titre-organisations" className="mt-10">
        <h2 id="titre-organisations" className="text-2xl font-bold">
          Qui était autour des tables
        </h2>
        <p className="mt-1 max-w-3xl">
          La part de chaque genre d’organisation parmi celles des participant·es des tables, rencontre par rencontre&nbsp;: entrepreneurs sociaux,
          travail social, pouvoirs publics&#8239;; chaque organisation est comptée une fois par rencontre
          {data.rencontres.length > BALANCE_RENCONTRES ? `, pour les ${formatNumber(BALANCE_RENCONTRES)} rencontres les plus récentes` : ""}. Leur
          détail par genre est dans le tableau.
        </p>
        <OrganisationBalance balances={data.organisations} />
      </section>
    </>
  );
}
