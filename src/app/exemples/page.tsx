import type { Metadata } from "next";
import { CatalogueRoute } from "@/components/catalogue/catalogue-route";

const description =
  "Les exemples de collaboration entre entrepreneurs sociaux et travailleurs sociaux cités aux Grandes Rencontres, par thème, ville, rencontre, organisation et mots-clés.";

export const metadata: Metadata = {
  title: "Exemples de collaboration",
  description,
  openGraph: { title: "Exemples de collaboration", description, url: "/exemples" },
};

export default function ExamplesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <CatalogueRoute kind="EXAMPLE" searchParams={searchParams} />;
}
