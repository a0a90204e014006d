import { z } from "zod";
import "./zod-config";
import { asList } from "@/lib/forms/form-data";
import { longText, optionalLine, versionField } from "./rencontre-form";

export const SYNTHESIS_LIMITS = { speakers: 30, consolidated: 30, groups: 30, entries: 60, text: 2000 } as const;

const rowId = z
  .string()
  .max(64)
  .optional()
  .transform((v) => v || null);

const list = <T extends z.ZodType>(row: T, max: number, what: string) => z.preprocess(asList, z.array(row).max(max, `${max} ${what} au plus.`));

export const SpeakerRowSchema = z.object({
  name: z.string().trim().min(1, "Nom requis (ou retirez la ligne).").max(120, "120 caractères au plus."),
  organisation: optionalLine(160),
  role: z.enum(["MODERATOR", "PANELIST"], { error: "Choisissez : animation ou intervention." }),
});

export const ConsolidatedRowSchema = z.object({
  id: rowId,
  text: z.string().trim().min(1, "Texte requis (ou retirez la ligne).").max(1000, "1 000 caractères au plus."),
});

/** A theme group of the ideas' synthesis: a theme, and its entries, one per line. */
export const ThemeGroupRowSchema = z.object({
  id: rowId,
  theme: z.string({ error: "Choisissez un thème." }).trim().min(1, "Choisissez un thème.").max(64),
  entries: z
    .string()
    .max(SYNTHESIS_LIMITS.entries * SYNTHESIS_LIMITS.text, "Texte trop long.")
    .optional()
    .transform((v) =>
      (v ?? "")
        .split("\n")
        .map((line) => line.replace(/^\s*[-•]\s*/, "").trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(SYNTHESIS_LIMITS.text, `Une ligne fait ${SYNTHESIS_LIMITS.text.toLocaleString("fr-FR")} caractères au plus.`))
        .min(1, "Au moins une piste, une par ligne (ou retirez le groupe).")
        .max(SYNTHESIS_LIMITS.entries, `${SYNTHESIS_LIMITS.entries} lignes au plus.`),
    ),
});

/** The round table's speakers and the general synthesis of a rencontre: one form, one save. */
export const SynthesisFormSchema = z
  .object({
    version: versionField,
    speakers: list(SpeakerRowSchema, SYNTHESIS_LIMITS.speakers, "intervenant·es"),
    synthesisObjectives: longText(20_000),
    consolidated: list(ConsolidatedRowSchema, SYNTHESIS_LIMITS.consolidated, "objectifs consolidés"),
    synthesisExamplesIntro: longText(20_000),
    synthesisIdeasIntro: longText(20_000),
    themeGroups: list(ThemeGroupRowSchema, SYNTHESIS_LIMITS.groups, "groupes"),
  })
  .superRefine((form, ctx) => {
    const themes = new Set<string>();
    form.themeGroups.forEach((group, index) => {
      if (themes.has(group.theme))
        ctx.addIssue({ code: "custom", path: ["themeGroups", index, "theme"], message: "Ce thème a déjà un groupe plus haut." });
      themes.add(group.theme);
    });
  });
export type SynthesisFormInput = z.infer<typeof SynthesisFormSchema>;

export const SPEAKER_ROLE_LABELS = { MODERATOR: "Animation", PANELIST: "Intervention" } as const;
