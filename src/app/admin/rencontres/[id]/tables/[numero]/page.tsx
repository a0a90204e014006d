import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteForm } from "@/components/admin/delete-form";
import { TableForm } from "@/components/admin/table-form";
import { findOrganisationNames } from "@/server/data/organisations/find-organisation-names";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { actorOf, requireUser } from "@/server/session";
import { deleteTableAction, updateTableAction } from "../../../actions";
import { isOrganiser } from "@/server/actor";

type Props = { params: Promise<{ id: string; numero: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Table ${(await params).numero}` };
}

export default async function EditTablePage({ params, searchParams }: Props) {
  const { id, numero } = await params;
  const created = (await searchParams).creee === "1";
  const user = await requireUser();
  const number = /^\d{1,4}$/.test(numero) ? Number(numero) : NaN;
  const table = Number.isNaN(number) ? null : await getTableForEdit(actorOf(user), id, { number });
  if (!table) notFound();
  const organisations = await findOrganisationNames(2000);
  return (
    <>
      {created ? (
        <p role="status" className="mb-4 rounded border border-line bg-white p-3">
          Table {table.number} créée&nbsp;: saisissez ses participant·es, objectifs, exemples et pistes, puis enregistrez.
        </p>
      ) : null}
      <p>
        <Link href={`/admin/rencontres/${id}`}>
          ← {table.rencontre.title} ({table.rencontre.city})
        </Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Table {table.number}</h1>
      <p className="mt-1 text-sm text-muted">
        Enregistrez quand vous voulez&nbsp;: si quelqu’un d’autre a enregistré cette table entre-temps, rien n’est écrasé et vous verrez les
        différences.
      </p>
      <div className="mt-6">
        <TableForm action={updateTableAction.bind(null, table.id, id)} table={table} themes={table.themes} organisations={organisations} />
      </div>
      {isOrganiser(user) ? (
        <section aria-labelledby="titre-supprimer" className="mt-10 max-w-xl">
          <h2 id="titre-supprimer" className="text-xl font-bold">
            Supprimer la table {table.number}
          </h2>
          <div className="mt-3">
            <DeleteForm
              action={deleteTableAction.bind(null, table.id, id)}
              version={table.version}
              what={`la table ${table.number}`}
              consequence="Ses participant·es, objectifs, exemples et pistes (avec leur suivi) disparaissent avec elle, du catalogue aussi."
            />
          </div>
        </section>
      ) : null}
    </>
  );
}
