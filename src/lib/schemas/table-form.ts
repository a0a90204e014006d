import { z } from "zod";
import "./zod-config";
import { asList } from "@/lib/forms/form-data";
import { optionalLine, versionField } from "./rencontre-form";

export const TABLE_LIMITS = { participants: 60, objectives: 20, items: 60, themes: 10, text: 2000 } as const;

const rowId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || null);

const list = <T extends z.ZodType>(row: T, max: number, what: string) =>
  z.preprocess(asList, z.array(row).max(max, `${max} ${what} au plus par table.`));

export const ParticipantRowSchema = z
  .object({
    id: rowId,
    name: z.string().trim().min(1, "Nom requis (ou retirez la ligne).").max(120, "120 caractères au plus."),
    organisation: optionalLine(160),
    status: optionalLine(80),
  })
  .refine((p) => !(p.organisation && p.status), { path: ["status"], message: "Une organisation ou un statut, pas les deux." });

export const ObjectiveRowSchema = z.object({
  id: rowId,
  text: z.string().trim().min(1, "Texte requis (ou retirez la ligne).").max(1000, "1 000 caractères au plus."),
});

export const ItemRowSchema = z.object({
  id: rowId,
  text: z
    .string()
    .trim()
    .min(1, "Texte requis (ou retirez la ligne).")
    .max(TABLE_LIMITS.text, `${TABLE_LIMITS.text.toLocaleString("fr-FR")} caractères au plus.`),
  themes: z.preprocess(asList, z.array(z.string().max(64)).max(TABLE_LIMITS.themes, `${TABLE_LIMITS.themes} thèmes au plus.`)),
});

/** A table as its rapporteur enters it: number, participants, objectives, examples, ideas. */
export const TableFormSchema = z.object({
  version: versionField,
  number: z.coerce
    .number({ error: "Numéro de table : un nombre entier." })
    .int("Numéro de table : un nombre entier.")
    .min(1, "Numéro de table : 1 au moins.")
    .max(200, "Numéro de table : 200 au plus."),
  title: optionalLine(200),
  participants: list(ParticipantRowSchema, TABLE_LIMITS.participants, "participant·es"),
  objectives: list(ObjectiveRowSchema, TABLE_LIMITS.objectives, "objectifs"),
  examples: list(ItemRowSchema, TABLE_LIMITS.items, "exemples"),
  ideas: list(ItemRowSchema, TABLE_LIMITS.items, "pistes"),
});
export type TableFormInput = z.infer<typeof TableFormSchema>;
export type ItemRowInput = z.infer<typeof ItemRowSchema>;

export const NewTableSchema = z.object({
  number: TableFormSchema.shape.number,
  title: optionalLine(200),
});
export type NewTableInput = z.infer<typeof NewTableSchema>;
