import { z } from "zod";
import "./zod-config";

/** An optional one-line text: empty becomes null. */
export const optionalLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max} caractères au plus.`)
    .optional()
    .transform((v) => (v ? v : null));

/** A long text (Markdown-lite): empty stays "". */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `${max.toLocaleString("fr-FR")} caractères au plus.`)
    .optional()
    .default("");

/** An optional day (YYYY-MM-DD, as a date input sends it): empty becomes null. */
export const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .refine((v) => v === null || (/^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`))), "Date invalide (jour/mois/année).");

/** The box ticked to confirm a merge, which cannot be undone. */
export const mergeConfirmation = z.literal("oui", { error: "Cochez la case pour confirmer la fusion." });

export const versionField = z.coerce
  .number({ error: "Version manquante : rechargez la page." })
  .int()
  .min(1, "Version invalide : rechargez la page.");

/** A rencontre's own fields (its tables and synthesis have their own forms). */
export const RencontreFormSchema = z.object({
  title: z.string().trim().min(1, "Donnez un titre à la rencontre.").max(200, "200 caractères au plus."),
  city: z.string().trim().min(1, "Indiquez la ville.").max(100, "100 caractères au plus."),
  date: optionalDate,
  territory: optionalLine(120),
  venueName: optionalLine(200),
  introduction: longText(20_000),
  studyTitle: optionalLine(300),
  study: longText(20_000),
  roundTableText: longText(20_000),
  workshopFormat: longText(10_000),
  closingText: longText(20_000),
});
export type RencontreFormInput = z.infer<typeof RencontreFormSchema>;

/** Publishing or unpublishing, from the rencontre's own page. */
export const RencontreStatusSchema = z.object({
  id: z.string().min(1, "Demande invalide : rechargez la page.").max(64, "Demande invalide : rechargez la page."),
  status: z.enum(["DRAFT", "PUBLISHED"]),
  version: versionField,
});

export const RencontreUpdateSchema = RencontreFormSchema.extend({ version: versionField });
export type RencontreUpdateInput = z.infer<typeof RencontreUpdateSchema>;

/** Inviting a rapporteur to a rencontre (or ending it), by the email of their account. */
export const EditorInviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Adresse e-mail invalide.")),
  invite: z.enum(["oui", "non"]),
});

export const RENCONTRE_FIELD_LABELS: Record<keyof RencontreFormInput, string> = {
  title: "Titre",
  city: "Ville",
  date: "Date",
  territory: "Territoire",
  venueName: "Lieu",
  introduction: "Introduction",
  studyTitle: "Titre de l'étude présentée",
  study: "Étude présentée",
  roundTableText: "Table ronde",
  workshopFormat: "Déroulé des ateliers",
  closingText: "Clôture",
};

/** Deleting a table or a draft rencontre: the copy's version, and a ticked box, since it cannot be undone. */
export const DeleteConfirmSchema = z.object({
  version: versionField,
  confirm: z.literal("oui", { error: "Cochez la case pour confirmer la suppression." }),
});
