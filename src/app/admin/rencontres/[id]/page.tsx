import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/delete-form";
import { EditorForm } from "@/components/admin/editor-form";
import { NewTableForm } from "@/components/admin/new-table-form";
import { RencontreForm } from "@/components/admin/rencontre-form";
import { siteUrl } from "@/lib/site-url";
import { plural } from "@/lib/text/format";
import { getRencontreForEdit } from "@/server/data/rencontres/get-rencontre-for-edit";
import { actorOf, requireUser } from "@/server/session";
import { StatusButton } from "../../status-button";
import { createTableAction, deleteRencontreAction, setEditorAction, updateRencontreAction } from "../actions";
import { isOrganiser } from "@/server/actor";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Rencontre" };

export default async function EditRencontrePage({ params, searchParams }: Props) {
  const user = await requireUser();
  const rencontre = await getRencontreForEdit(actorOf(user), (await params).id);
  if (!rencontre) notFound();
  const organiser = isOrganiser(user);
  const query = await searchParams;
  const imported = query.importee === "1";
  return (
    <>
      {imported ? (
        <p role="status" className="mb-4 rounded border border-line bg-white p-3">
          Compte rendu importé&nbsp;: ce brouillon est invisible du public. Relisez ses tables et sa fiche, puis publiez-le.
        </p>
      ) : null}
      {query.creee === "1" ? (
        <p role="status" className="mb-4 rounded border border-line bg-white p-3">
          Rencontre créée&nbsp;: ce brouillon est invisible du public. Ajoutez ses tables, puis publiez-la.
        </p>
      ) : null}
      {query.supprimee === "table" ? (
        <p role="status" className="mb-4 rounded border border-line bg-white p-3">
          Table supprimée.
        </p>
      ) : null}
      <p>
        <Link href="/admin">← Toutes les rencontres</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{rencontre.title}</h1>
      <p className="mt-1 text-muted">
        {rencontre.city} · {rencontre.status === "PUBLISHED" ? "publiée" : "brouillon, invisible du public"}
        {" · "}
        {rencontre.status === "PUBLISHED" ? (
          <Link href={`/rencontres/${rencontre.slug}`}>voir la page publique</Link>
        ) : (
          <Link href={`/admin/rencontres/${rencontre.id}/apercu`}>aperçu de la page publique</Link>
        )}
        {organiser ? (
          <>
            {" · "}
            <Link href={`/admin/rapprochements?rencontre=${rencontre.id}`}>ses rapprochements à trancher</Link>
          </>
        ) : null}
      </p>
      {organiser ? (
        <p className="mt-3">
          <StatusButton rencontre={rencontre} site={siteUrl()} />
        </p>
      ) : null}

      <section aria-labelledby="titre-tables" className="mt-8">
        <h2 id="titre-tables" className="text-2xl font-bold">
          Tables
        </h2>
        {rencontre.tables.length === 0 ? <p className="mt-2">Aucune table pour l&rsquo;instant.</p> : null}
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {rencontre.tables.map((table) => (
            <li key={table.id} className="rounded-lg border border-line bg-white p-4">
              <p className="font-semibold">
                <Link href={`/admin/rencontres/${rencontre.id}/tables/${table.number}`}>
                  Table {table.number}
                  {table.title ? ` — ${table.title}` : ""}
                </Link>
              </p>
              <p className="text-sm text-muted">
                {plural(table._count.participations, "participant·e", "participant·es")} · {plural(table._count.objectives, "objectif")} ·{" "}
                {plural(table._count.items, "exemple ou piste", "exemples et pistes")}
              </p>
            </li>
          ))}
        </ul>
        {organiser ? (
          <div className="mt-4 max-w-md">
            <NewTableForm
              action={createTableAction.bind(null, rencontre.id)}
              suggestedNumber={Math.max(0, ...rencontre.tables.map((t) => t.number)) + 1}
            />
          </div>
        ) : null}
      </section>

      {organiser ? (
        <>
          <section aria-labelledby="titre-rapporteurs" className="mt-10">
            <h2 id="titre-rapporteurs" className="text-2xl font-bold">
              Rapporteur·es invité·es
            </h2>
            <p className="mt-1 text-muted">Elles et ils peuvent saisir les tables de cette rencontre, rien d&rsquo;autre.</p>
            <ul className="mt-3 space-y-1">
              {rencontre.editors.length === 0 ? <li>Personne pour l&rsquo;instant.</li> : null}
              {rencontre.editors.map((editor) => (
                <li key={editor.id}>
                  {editor.name} ({editor.email})
                </li>
              ))}
            </ul>
            <div className="mt-4 max-w-md">
              <EditorForm action={setEditorAction.bind(null, rencontre.id)} />
            </div>
          </section>
          <section aria-labelledby="titre-synthese" className="mt-10">
            <h2 id="titre-synthese" className="text-2xl font-bold">
              Table ronde et synthèse générale
            </h2>
            <p className="mt-1">
              <Link href={`/admin/rencontres/${rencontre.id}/synthese`}>
                Saisir les intervenant·es, les objectifs consolidés et les pistes par thème
              </Link>
            </p>
          </section>
          <section aria-labelledby="titre-fiche" className="mt-10 max-w-3xl">
            <h2 id="titre-fiche" className="text-2xl font-bold">
              Fiche de la rencontre
            </h2>
            <div className="mt-4">
              <RencontreForm action={updateRencontreAction.bind(null, rencontre.id)} initial={rencontre} submitLabel="Enregistrer la rencontre" />
            </div>
          </section>
          {rencontre.status === "DRAFT" ? (
            <section aria-labelledby="titre-supprimer" className="mt-10 max-w-xl">
              <h2 id="titre-supprimer" className="text-xl font-bold">
                Supprimer ce brouillon
              </h2>
              <div className="mt-3">
                <DeleteForm
                  action={deleteRencontreAction.bind(null, rencontre.id)}
                  version={rencontre.version}
                  what={`le brouillon «\u202f${rencontre.title}\u202f»`}
                  consequence="Ses tables, sa synthèse et tout ce qui y a été saisi disparaissent. Une rencontre publiée doit d’abord être retirée de la publication."
                />
              </div>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
