import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OrganisationForm, OrganisationMergeForm } from "@/components/admin/organisation-forms";
import { plural } from "@/lib/text/format";
import { findOrganisationMergeChoices, MERGE_CHOICES_LIMIT } from "@/server/data/organisations/find-organisation-merge-choices";
import { getOrganisationForEdit } from "@/server/data/organisations/get-organisation-for-edit";
import { actorOf, requireOrganiser } from "@/server/session";
import { mergeOrganisationsAction, updateOrganisationAction } from "../actions";
import { Button } from "@/components/ui/button";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Organisation" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function EditOrganisationPage({ params, searchParams }: Props) {
  const user = await requireOrganiser();
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) notFound();
  const actor = actorOf(user);
  const organisation = await getOrganisationForEdit(actor, id);
  if (!organisation) notFound();
  const query = await searchParams;
  const wanted = first(query.garder).trim().slice(0, 200);
  const { choices, hasMore } = await findOrganisationMergeChoices(actor, organisation.id, wanted);
  const { uses } = organisation;
  return (
    <>
      <p>
        <Link href="/admin/organisations">← Toutes les organisations</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{organisation.name}</h1>
      <p className="mt-1 text-muted">
        {plural(uses.participations, "participation")} à des tables · {plural(uses.speakers, "intervention")} en table ronde ·{" "}
        {plural(uses.mentions, "citation")} dans des exemples ou pistes ·{" "}
        {plural(uses.rencontres, "rôle d’organisateur ou partenaire", "rôles d’organisateur ou partenaire")} ·{" "}
        <Link href={`/organisations/${organisation.slug}`}>page publique</Link>
      </p>
      {first(query.fusion) === "1" ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-3">
          Fusion effectuée&nbsp;: tout ce qui concernait le doublon est maintenant rattaché à «&#8239;{organisation.name}&#8239;».
        </p>
      ) : null}

      <section aria-labelledby="titre-fiche" className="mt-8 max-w-3xl">
        <h2 id="titre-fiche" className="text-2xl font-bold">
          Fiche
        </h2>
        <p className="mt-1 text-muted">
          Renommer la fiche garde son adresse publique&#8239;; la recherche retrouve aussitôt ses pistes et exemples sous le nouveau nom.
        </p>
        <div className="mt-4">
          <OrganisationForm action={updateOrganisationAction.bind(null, organisation.id)} organisation={organisation} />
        </div>
      </section>

      <section aria-labelledby="titre-fusion" className="mt-10 max-w-3xl">
        <h2 id="titre-fusion" className="text-2xl font-bold">
          Fusionner ce doublon
        </h2>
        <p className="mt-1 text-muted">
          Si «&#8239;{organisation.name}&#8239;» est une autre écriture d’une organisation déjà connue, fusionnez-la dans la fiche à garder&nbsp;: ses
          participant·es, interventions, citations et rôles y passent, les champs vides de la fiche gardée prennent ses valeurs, puis «{" "}
          {organisation.name}&#8239;» est supprimée. La fusion ne peut pas être annulée.
        </p>
        <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="garder" className="block font-semibold">
              Chercher l&rsquo;organisation à garder
            </label>
            <input
              id="garder"
              name="garder"
              type="search"
              defaultValue={wanted}
              maxLength={200}
              className="mt-1 rounded border border-muted bg-white px-3 py-2"
            />
          </div>
          <Button variant="secondary" type="submit">
            Chercher
          </Button>
          {wanted ? <Link href={`/admin/organisations/${organisation.id}`}>Tout proposer</Link> : null}
        </form>
        {hasMore ? (
          <p className="mt-2 text-sm text-muted">Seules les {MERGE_CHOICES_LIMIT} premières sont proposées&nbsp;: précisez la recherche.</p>
        ) : null}
        <div className="mt-4 rounded-lg border border-line bg-white p-4">
          <OrganisationMergeForm action={mergeOrganisationsAction.bind(null, organisation.id)} organisation={organisation} choices={choices} />
        </div>
      </section>
    </>
  );
}
