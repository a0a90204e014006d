import type { Metadata } from "next";

function pageMetadata(title: string, description: string, url: string): Metadata {
  return { title, description, openGraph: { title, description, url } };
}

export const CATALOGUE_METADATA = {
  IDEA: pageMetadata(
    "Pistes de future collaboration",
    "Toutes les pistes de future collaboration imaginées aux Grandes Rencontres, par thème, ville, rencontre, statut et mots-clés.",
    "/pistes",
  ),
  EXAMPLE: pageMetadata(
    "Exemples de collaboration",
    "Les exemples de collaboration entre entrepreneurs sociaux et travailleurs sociaux cités aux Grandes Rencontres, par thème, ville, rencontre, organisation et mots-clés.",
    "/exemples",
  ),
} satisfies Record<"IDEA" | "EXAMPLE", Metadata>;
