import type { Metadata } from "next";
import { CatalogueRoute } from "@/components/catalogue/catalogue-route";

const description = "Toutes les pistes de future collaboration imaginées aux Grandes Rencontres, par thème, ville, rencontre, statut et mots-clés.";

export const metadata: Metadata = {
  title: "Pistes de future collaboration",
  description,
  openGraph: { title: "Pistes de future collaboration", description, url: "/pistes" },
};

export default function IdeasPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CatalogueRoute kind="IDEA" searchParams={searchParams} />;
}
