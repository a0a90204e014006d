import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RencontreArticle } from "@/components/rencontre/rencontre-article";
import { getRencontrePreview } from "@/server/data/rencontres/get-rencontre-preview";
import { actorOf, requireUser } from "@/server/session";

type Props = { params: Promise<{ id: string }> };

// Only ever seen signed in, but said twice: no search engine keeps a draft.
export const metadata: Metadata = { title: "Aperçu", robots: { index: false, follow: false } };

/** A draft's public page as it will read once published, for those who may edit it. */
export default async function RencontrePreviewPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser();
  const rencontre = await getRencontrePreview(actorOf(user), id);
  if (!rencontre) notFound();
  const isDraft = !rencontre.isPublished;
  return (
    <>
      <div role="note" aria-label="Aperçu" className="mb-6 rounded-lg border-2 border-accent-dark bg-highlight/60 p-4">
        <p className="text-lg font-bold">{isDraft ? "Aperçu — brouillon non publié" : "Aperçu — cette rencontre est publiée"}</p>
        <p className="mt-1 text-sm">
          {isDraft
            ? "Seul l’espace organisateurs montre cette page. Les liens vers les pages publiques de ses tables et pistes ne marcheront qu’après la publication."
            : "Sa page publique montre la même chose."}{" "}
          <Link href={`/admin/rencontres/${id}`}>Retour à la rencontre</Link>
        </p>
      </div>
      <RencontreArticle rencontre={rencontre} isPreview />
    </>
  );
}
