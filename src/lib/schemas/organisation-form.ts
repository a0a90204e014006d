import { z } from "zod";
import "./zod-config";
import { ORGANISATION_KINDS } from "./organisation";
import { mergeConfirmation, optionalLine, versionField } from "./rencontre-form";

const WEBSITE_MESSAGE = "Adresse web invalide : elle commence par https:// (ou http://), par exemple https://www.exemple.fr.";

/** An optional web address: http or https only (no javascript:, data:, ftp:…), empty becomes null. */
const website = z
  .string()
  .trim()
  .max(300, "300 caractères au plus.")
  .optional()
  .transform((v) => (v ? v : null))
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: WEBSITE_MESSAGE }).nullable());

/** An organisation's own fields, as the organisers edit them. */
export const OrganisationFormSchema = z.object({
  name: z.string().trim().min(2, "Le nom compte 2 caractères au moins.").max(200, "200 caractères au plus."),
  kind: z.enum(ORGANISATION_KINDS, { error: "Choisissez un type dans la liste." }),
  city: optionalLine(120),
  website,
  description: z
    .string()
    .trim()
    .max(1000, "1 000 caractères au plus.")
    .optional()
    .transform((v) => (v ? v : null)),
  version: versionField,
});
export type OrganisationFormInput = z.infer<typeof OrganisationFormSchema>;

/** Merging a duplicate (deleted) into the organisation kept. */
export const OrganisationMergeSchema = z
  .object({
    duplicateId: z.string({ error: "Organisation à fusionner manquante : rechargez la page." }).trim().min(1).max(64),
    keepId: z
      .string({ error: "Choisissez l’organisation à garder." })
      .trim()
      .min(1, "Choisissez l’organisation à garder.")
      .max(64, "Choisissez l’organisation à garder."),
    confirm: mergeConfirmation,
  })
  .refine((v) => v.duplicateId !== v.keepId, { message: "Choisissez une autre organisation que celle-ci.", path: ["keepId"] });
export type OrganisationMergeInput = z.infer<typeof OrganisationMergeSchema>;

export const ORGANISATION_FIELD_LABELS: Record<Exclude<keyof OrganisationFormInput, "version">, string> = {
  name: "Nom",
  kind: "Type",
  city: "Ville",
  website: "Site web",
  description: "Description",
};
