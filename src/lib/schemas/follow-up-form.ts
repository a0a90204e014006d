import { z } from "zod";
import "./zod-config";
import { IDEA_STATUSES } from "./catalogue";
import { versionField } from "./rencontre-form";

export const FOLLOW_UP_TEXT_MAX = 2000;
const DAY_MS = 24 * 60 * 60 * 1000;
const IDEA_STATUS_VALUES = IDEA_STATUSES.map((s) => s.value) as [
  (typeof IDEA_STATUSES)[number]["value"],
  ...(typeof IDEA_STATUSES)[number]["value"][],
];

/** A note's day: YYYY-MM-DD, a real date, since 2000 and at most one day ahead (time zones). */
const noteDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || null)
  .superRefine((day, ctx) => {
    const message = noteDateProblem(day);
    if (message) ctx.addIssue({ code: "custom", message });
  });

function noteDateProblem(day: string | null): string | null {
  if (day === null) return null;
  const time = Date.parse(`${day}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== day)
    return "Date invalide (jour/mois/année).";
  if (day < "2000-01-01") return "Date trop ancienne.";
  if (time > Date.now() + DAY_MS) return "La date ne peut pas être dans le futur.";
  return null;
}

/** An idea's follow-up: its new status and, optionally, a dated note saying what happened. */
export const FollowUpSchema = z
  .object({
    status: z.enum(IDEA_STATUS_VALUES, { error: "Choisissez un statut." }),
    date: noteDate,
    text: z
      .string()
      .trim()
      .max(FOLLOW_UP_TEXT_MAX, `${FOLLOW_UP_TEXT_MAX.toLocaleString("fr-FR")} caractères au plus.`)
      .optional()
      .transform((v) => v || null),
    version: versionField,
  })
  .refine((f) => f.text === null || f.date !== null, { path: ["date"], message: "Indiquez la date de la note." });
export type FollowUpInput = z.infer<typeof FollowUpSchema>;
