import "server-only";
import type { RencontreFormInput } from "@/lib/schemas/rencontre-form";
import { slugify } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";
import { uniqueSlug } from "@/server/data/unique-slug";

/** The long texts of a rencontre's compte rendu, for the queries that read them. */
export const rencontreTextsSelect = {
  introduction: true,
  studyTitle: true,
  study: true,
  roundTableText: true,
  workshopFormat: true,
  closingText: true,
} as const;

/** The columns a rencontre form writes. */
export function rencontreFields(input: RencontreFormInput) {
  return {
    title: input.title,
    city: input.city,
    cityKey: slugify(input.city),
    date: input.date ? new Date(`${input.date}T00:00:00.000Z`) : null,
    territory: input.territory,
    venueName: input.venueName,
    introduction: input.introduction,
    studyTitle: input.studyTitle,
    study: input.study,
    roundTableText: input.roundTableText,
    workshopFormat: input.workshopFormat,
    closingText: input.closingText,
  };
}

export async function uniqueRencontreSlug(tx: Tx, base: string): Promise<string> {
  return uniqueSlug(tx, "rencontre", base || "rencontre");
}
