import type { Metadata } from "next";
import { RencontreForm } from "@/components/admin/rencontre-form";
import { requireOrganiser } from "@/server/session";
import { createRencontreAction } from "../actions";

export const metadata: Metadata = { title: "Nouvelle rencontre" };

export default async function NewRencontrePage() {
  await requireOrganiser();
  return (
    <>
      <h1 className="text-3xl font-bold">Nouvelle rencontre</h1>
      <p className="mt-2 text-muted">
        Elle reste un brouillon, invisible du public, jusqu&rsquo;à sa publication. Vous ajouterez ensuite ses tables.
      </p>
      <div className="mt-6 max-w-3xl">
        <RencontreForm action={createRencontreAction} initial={{}} submitLabel="Créer la rencontre" />
      </div>
    </>
  );
}
