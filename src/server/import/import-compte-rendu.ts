import "server-only";
import referenceData from "../../../prisma/seed-data/organisations.json";
import { decodeSource, parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import { ReferenceOrganisationListSchema } from "@/lib/schemas/organisation";
import type { Actor } from "@/server/actor";
import { findOrganisationNames } from "@/server/data/organisations/find-organisation-names";
import { importRencontre, type ImportSummary } from "@/server/data/rencontres/import-rencontre";

export const referenceOrganisations = ReferenceOrganisationListSchema.parse(referenceData);

export type ImportOutcome =
  | { ok: true; summary: ImportSummary; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

/**
 * A compte rendu from its bytes to the database: decode, parse, validate, write in one
 * transaction. Nothing is written unless the whole document could be read.
 */
export async function importCompteRendu(
  actor: Actor,
  bytes: Uint8Array,
  options: { sourceName?: string; publish?: boolean; organisers?: string[]; city?: string; date?: string } = {},
): Promise<ImportOutcome> {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, warnings: [] };
  const knownOrganisations = [
    ...referenceOrganisations,
    ...(await findOrganisationNames()).map((name) => ({ name })),
  ];
  const parsed = parseCompteRendu(decoded.text, {
    organisers: options.organisers,
    knownOrganisations,
    city: options.city,
    date: options.date,
  });
  if (!parsed.ok) return parsed;
  const summary = await importRencontre(actor, parsed.data, {
    publish: options.publish,
    sourceName: options.sourceName,
    referenceOrganisations,
  });
  return { ok: true, summary, warnings: parsed.warnings };
}
