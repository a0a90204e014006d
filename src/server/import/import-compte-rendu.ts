import "server-only";
import referenceData from "../../../prisma/seed-data/organisations.json";
import type { ParseResult } from "@/lib/import/parse-compte-rendu";
import { previewOf, type CompteRenduPreview } from "@/lib/import/preview";
import { ReferenceOrganisationListSchema } from "@/lib/schemas/organisation";
import { assertOrganiser, type Actor } from "@/server/actor";
import { findOrganisationNames } from "@/server/data/organisations/find-organisation-names";
import { findRencontreBySource } from "@/server/data/rencontres/find-rencontre-by-source";
import { readOffThread } from "@/server/import/read-off-thread";
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

/**
 * Decodes (an upload) and parses (always) off the request thread, with the organisations
 * already known (reference list and database, read here and handed to the worker as data).
 */
async function parseWithKnownOrganisations(source: string | { name: string; bytes: Uint8Array }, options: ImportOptions): Promise<ParseResult> {
  const knownOrganisations = [...referenceOrganisations, ...(await findOrganisationNames()).map((name) => ({ name }))];
  const parseOptions = { organisers: options.organisers, knownOrganisations, city: options.city, date: options.date };
  const { read, parsed } = await readOffThread(typeof source === "string" ? { text: source } : source, parseOptions);
  if (!read.ok) return { ok: false, error: read.error, warnings: [] };
  return parsed ?? { ok: false, error: "Le document n'a pas pu être lu.", warnings: [] };
}

/**
 * A compte rendu's text to the database: parse, validate, write in one transaction.
 * Nothing is written unless the whole document could be read.
 */
export async function importCompteRenduText(actor: Actor, text: string, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importParsed(actor, text, options);
}

async function importParsed(actor: Actor, source: string | { name: string; bytes: Uint8Array }, options: ImportOptions): Promise<ImportOutcome> {
  assertOrganiser(actor);
  const parsed = await parseWithKnownOrganisations(source, options);
  if (!parsed.ok) return parsed;
  const summary = await storeCompteRendu(actor, parsed.data, {
    publish: options.publish,
    sourceName: options.sourceName,
    referenceOrganisations,
    asNew: options.asNew,
  });
  return { ok: true, summary, warnings: parsed.warnings };
}

/** A compte rendu from its bytes (Markdown or text in any encoding read, .docx, .odt…) to the database. */
export async function importCompteRendu(actor: Actor, bytes: Uint8Array, options: ImportOptions = {}): Promise<ImportOutcome> {
  return importParsed(actor, { name: options.sourceName ?? "document", bytes }, options);
}

/** An uploaded file's text as the importer reads it (decoded off the request thread), or why it cannot be read. */
export async function readUploadedSource(file: { name: string; bytes: Uint8Array }) {
  return (await readOffThread(file, null)).read;
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
