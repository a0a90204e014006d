import "server-only";
import referenceData from "../../../prisma/seed-data/organisations.json";
import { decodeSource } from "@/lib/import/decode-text";
import { parseCompteRendu, type ParseResult } from "@/lib/import/parse-compte-rendu";
import { previewOf, type CompteRenduPreview } from "@/lib/import/preview";
import { ReferenceOrganisationListSchema } from "@/lib/schemas/organisation";
import { assertOrganiser, type Actor } from "@/server/actor";
import { findOrganisationNames } from "@/server/data/organisations/find-organisation-names";
import { findRencontreBySource } from "@/server/data/rencontres/find-rencontre-by-source";
import { storeCompteRendu, type ImportSummary } from "@/server/data/rencontres/store-compte-rendu";

export const referenceOrganisations = ReferenceOrganisationListSchema.parse(referenceData);

export type ImportOutcome = { ok: true; summary: ImportSummary; warnings: string[] } | { ok: false; error: string; warnings: string[] };

export type ImportOptions = {
  sourceName?: string;
  publish?: boolean;
  organisers?: string[];
  city?: string;
  date?: string;
  /** Create a new rencontre even if this document was imported before (the import page). */
  asNew?: boolean;
};

/** Parses a compte rendu with the organisations already known (reference list and database). */
async function parseWithKnownOrganisations(text: string, options: ImportOptions): Promise<ParseResult> {
  const knownOrganisations = [...referenceOrganisations, ...(await findOrganisationNames()).map((name) => ({ name }))];
  return parseCompteRendu(text, { organisers: options.organisers, knownOrganisations, city: options.city, date: options.date });
}

/**
 * A compte rendu's text to the database: parse, validate, write in one transaction.
 * Nothing is written unless the whole document could be read.
 */
export async function importCompteRenduText(actor: Actor, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  assertOrganiser(actor);
  const parsed = await parseWithKnownOrganisations(text, options);
  if (!parsed.ok) return parsed;
  const summary = await storeCompteRendu(actor, parsed.data, {
    publish: options.publish,
    sourceName: options.sourceName,
    referenceOrganisations,
    asNew: options.asNew,
  });
  return { ok: true, summary, warnings: parsed.warnings };
}

/** A compte rendu from its bytes (Markdown or plain text) to the database. */
export async function importCompteRendu(actor: Actor, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error, warnings: [] };
  return importCompteRenduText(actor, decoded.text, options);
}

export type PreviewOutcome =
  | { ok: true; preview: CompteRenduPreview; warnings: string[]; existing: { id: string; title: string; city: string } | null }
  | { ok: false; error: string; warnings: string[] };

/** What an import would create, with the importer's warnings; writes nothing. */
export async function previewCompteRendu(actor: Actor, text: string, options: ImportOptions = {}): Promise<PreviewOutcome> {
  assertOrganiser(actor);
  const parsed = await parseWithKnownOrganisations(text, options);
  if (!parsed.ok) return parsed;
  const existing = await findRencontreBySource(actor, parsed.data);
  return { ok: true, preview: previewOf(parsed.data), warnings: parsed.warnings, existing };
}
