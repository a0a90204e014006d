import { z } from "zod";
import "./zod-config";

export const ORGANISATION_KINDS = [
  "ASSOCIATION",
  "COLLECTIVITE",
  "ENTREPRISE_SOCIALE",
  "ENTREPRISE",
  "FONDATION",
  "ADMINISTRATION",
  "ECOLE",
  "RESEAU",
  "MEDIA",
  "AUTRE",
  "NON_RENSEIGNE",
] as const;
export const OrganisationKindSchema = z.enum(ORGANISATION_KINDS);
export type OrganisationKindValue = z.infer<typeof OrganisationKindSchema>;

export const ORGANISATION_KIND_LABELS: Record<OrganisationKindValue, string> = {
  ASSOCIATION: "Association",
  COLLECTIVITE: "Collectivité",
  ENTREPRISE_SOCIALE: "Entreprise sociale",
  ENTREPRISE: "Entreprise",
  FONDATION: "Fondation",
  ADMINISTRATION: "Administration",
  ECOLE: "École",
  RESEAU: "Réseau",
  MEDIA: "Média",
  AUTRE: "Autre",
  NON_RENSEIGNE: "Non renseigné",
};

/** Reference data on an organisation, shipped with the seed and used by the importer. */
export const ReferenceOrganisationSchema = z.object({
  name: z.string().trim().min(1).max(200),
  aliases: z.array(z.string().trim().min(2).max(200)).default([]),
  kind: OrganisationKindSchema,
  city: z.string().trim().max(120).optional(),
  website: z.url().optional(),
  description: z.string().trim().max(1000).optional(),
});
export type ReferenceOrganisation = z.infer<typeof ReferenceOrganisationSchema>;
export const ReferenceOrganisationListSchema = z.array(ReferenceOrganisationSchema);

const KIND_PATTERNS: [RegExp, OrganisationKindValue][] = [
  [/^fondation\b/, "FONDATION"],
  [/^(ville|mairie|departement|conseil (departemental|regional)|region|commune|metropole|communaute)\b/, "COLLECTIVITE"],
  [/\b(ecole|irts|universite|institut|lycee|college|faculte)\b/, "ECOLE"],
  [/^(centre social|association|asso)\b/, "ASSOCIATION"],
  [/\b(reseau|collectif|federation|union|mouvement)\b/, "RESEAU"],
  [/^(direction|ministere|agence|caisse|prefecture)\b/, "ADMINISTRATION"],
];

/** A first guess at an organisation's kind from its name; "non renseigné" when nothing fits. */
export function guessOrganisationKind(foldedName: string): OrganisationKindValue {
  return KIND_PATTERNS.find(([pattern]) => pattern.test(foldedName))?.[1] ?? "NON_RENSEIGNE";
}
