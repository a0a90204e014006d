import type { Metadata } from "next";
import Link from "next/link";
import { ImportForm } from "@/components/admin/import-form";
import { requireOrganiser } from "@/server/session";
import { importAction } from "./actions";

export const metadata: Metadata = { title: "Importer un compte rendu" };

export default async function ImportPage() {
  await requireOrganiser();
  return (
    <>
      <p>
        <Link href="/admin">← Toutes les rencontres</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Importer un compte rendu</h1>
      <p className="mt-2 max-w-3xl">
        L’import lit le compte rendu (titres de tables, listes d’objectifs, d’exemples et de pistes, synthèse générale) et montre ce qu’il a compris
        avant de rien enregistrer. La rencontre est créée comme brouillon&nbsp;: vous la relisez et la complétez avant de la publier.
      </p>
      <div className="mt-6 max-w-4xl">
        <ImportForm action={importAction} />
      </div>
    </>
  );
}
