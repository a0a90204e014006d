import { z } from "zod";
import "./zod-config";
import { mergeConfirmation, versionField } from "./rencontre-form";

const themeId = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

/** A theme's name and description, as the organisers edit them (the version guards against overwriting). */
export const ThemeFormSchema = z.object({
  name: z.string().trim().min(2, "Le nom compte 2 caractères au moins.").max(80, "80 caractères au plus."),
  description: z
    .string()
    .trim()
    .max(1000, "1 000 caractères au plus.")
    .optional()
    .transform((v) => (v ? v : null)),
  version: versionField,
});
export type ThemeFormInput = z.infer<typeof ThemeFormSchema>;

/** A new theme: the same fields, without a version yet. */
export const ThemeCreateSchema = ThemeFormSchema.omit({ version: true });
export type ThemeCreateInput = z.infer<typeof ThemeCreateSchema>;

/** Merging one theme (the source, deleted) into another (the target, kept). */
export const ThemeMergeSchema = z
  .object({
    sourceId: themeId("Thème à fusionner manquant : rechargez la page."),
    targetId: themeId("Choisissez le thème qui reçoit les pistes."),
    confirm: mergeConfirmation,
  })
  .refine((v) => v.sourceId !== v.targetId, { message: "Choisissez un autre thème que celui à fusionner.", path: ["targetId"] });
export type ThemeMergeInput = z.infer<typeof ThemeMergeSchema>;

export const THEME_FIELD_LABELS = {
  name: "Nom du thème",
  description: "Description",
  targetId: "Thème qui reçoit ses pistes et exemples",
} as const;
