import { z } from "zod";
import "./zod-config";
import { versionField } from "./rencontre-form";

export const PERSON_VISIBILITIES = [
  { value: "PUBLIC", label: "Nom affiché sur les pages publiques" },
  { value: "HIDDEN", label: "Nom masqué : « Participant·e » sur les pages publiques" },
] as const;

/** Whether a person's name appears in public, with the version of the record the form was read from. */
export const PersonVisibilitySchema = z.object({
  visibility: z.enum(["PUBLIC", "HIDDEN"], { error: "Choisissez si le nom apparaît ou non." }),
  version: versionField,
});
export type PersonVisibilityInput = z.infer<typeof PersonVisibilitySchema>;

/** The word to type before erasing a person: a deliberate act, never a stray click. */
export const ERASE_CONFIRMATION = "EFFACER";

export const PersonEraseSchema = z.object({
  confirmation: z
    .string({ error: `Tapez ${ERASE_CONFIRMATION} pour confirmer.` })
    .trim()
    .refine((v) => v.toUpperCase() === ERASE_CONFIRMATION, `Tapez ${ERASE_CONFIRMATION} pour confirmer l’effacement.`),
});

/** The admin list's query string: search text and page, tolerant of anything else. */
export const PeopleQuerySchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PeopleQuery = z.infer<typeof PeopleQuerySchema>;
