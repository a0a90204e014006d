import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RencontreArticle } from "@/components/rencontre/rencontre-article";
import { formatDate } from "@/lib/text/format";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";

// Incremental static regeneration: each page is rendered on its first visit, then served
// from the page cache and rendered again in the background at most every 2 seconds (so an
// edit shows on every instance within about 3 s, docs/decisions/0008); a save in this instance renders it afresh (0014).
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const rencontre = await getRencontre((await params).slug);
  if (!rencontre) return { title: "Rencontre introuvable" };
  const title = `${rencontre.title} — ${rencontre.city}, ${formatDate(rencontre.date)}`;
  const description = `Compte rendu de la Grande Rencontre de ${rencontre.city} (${formatDate(rencontre.date)}) : ${rencontre.tables.length} tables, leurs objectifs, exemples de collaboration et pistes d’action.`;
  return { title, description, openGraph: { title, description, url: `/rencontres/${rencontre.slug}`, type: "article" } };
}

export default async function RencontrePage({ params }: Props) {
  const rencontre = await getRencontre((await params).slug);
  if (!rencontre) notFound();
  return <RencontreArticle rencontre={rencontre} />;
}
