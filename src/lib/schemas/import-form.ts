import { z } from "zod";
import "./zod-config";
import { MAX_SOURCE_BYTES } from "@/lib/import/decode-text";
import { optionalDate, optionalLine } from "./rencontre-form";

/**
 * The import page: the compte rendu's text (pasted, or the converted upload sent back for
 * checking), what the document may not say, and whether to preview or create the draft.
 * The uploaded file itself is read by the action, not by this schema.
 */
export const ImportFormSchema = z.object({
  intent: z.enum(["apercu", "creer"], { error: "Demande invalide : rechargez la page." }),
  source: z
    .string({ error: "Le texte du compte rendu doit être du texte." })
    .max(MAX_SOURCE_BYTES, `Le texte dépasse ${(MAX_SOURCE_BYTES / 1024 / 1024).toLocaleString("fr-FR")} Mo : ce n'est pas un compte rendu.`)
    .optional()
    .default(""),
  /** The uploaded file's name, kept across preview and creation. */
  sourceName: optionalLine(200),
  city: optionalLine(120),
  date: optionalDate,
  organisers: z
    .string()
    .max(2000, "2 000 caractères au plus.")
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/[\n,;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length <= 20, "20 organisateurs au plus.")
    .refine((list) => list.every((s) => s.length <= 200), "Un nom d'organisation fait 200 caractères au plus."),
});
export type ImportFormInput = z.infer<typeof ImportFormSchema>;

export const IMPORT_FILE_TYPES =
  ".md,.markdown,.txt,.docx,text/markdown,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document";
