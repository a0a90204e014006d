import "server-only";
import { createHash } from "node:crypto";
import referenceData from "../../../prisma/seed-data/organisations.json";
import { NO_CORRECTIONS, type ImportCorrections, type OutlineEntry } from "@/lib/import/outline";
import type { SimilarTheme } from "@/lib/import/import-state";
import type { ParseResult } from "@/lib/import/parse-compte-rendu";
import { previewOf, type CompteRenduPreview } from "@/lib/import/preview";
import type { ImportWarning } from "@/lib/import/warnings";
import { ReferenceOrganisationListSchema } from "@/lib/schemas/organisation";
import { assertOrganiser, type Actor } from "@/server/actor";
import { findImportCorrections } from "@/server/data/imports/find-import-corrections";
import { findOrganisationNames } from "@/server/data/organisations/find-organisation-names";
import { findRencontreBySource } from "@/server/data/rencontres/find-rencontre-by-source";
import { storeCompteRendu, type ImportSummary } from "@/server/data/rencontres/store-compte-rendu";
import { findSimilarThemes } from "@/server/data/themes/find-similar-themes";
import { readOffThread } from "@/server/import/read-off-thread";

export const referenceOrganisations = ReferenceOrganisationListSchema.parse(referenceData);

export type ImportOutcome = { ok: true; summary: ImportSummary; warnings: ImportWarning[] } | { ok: false; error: string; warnings: ImportWarning[] };

export type ImportOptions = {
  sourceName?: string;
  publish?: boolean;
  organisers?: string[];
  city?: string;
  date?: string;
  /** Create a new rencontre even if this document was imported before (the import page). */
  asNew?: boolean;
  /** The organiser's corrections from the preview; without them, those stored with an earlier import of the same text apply. */
  corrections?: ImportCorrections;
};

/** A pasted text, an uploaded file, or a file's bytes (named by `sourceName`). */
type Source = string | Uint8Array | { name: string; bytes: Uint8Array };

/** The key under which corrections are kept: the text as read, whatever its line ends. */
export function sourceHashOf(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n").trim()).digest("hex");
}

type Read = { parsed: ParseResult; text: string | null; sourceHash: string | null; corrections: ImportCorrections; isStored: boolean };

/**
 * Decodes (an upload) and parses (always) in one worker, off the request thread, with the
 * organisations already known (reference list and database, read here and handed to the worker
 * as data) and the corrections that apply. An upload whose text has stored corrections is parsed
 * again with them: its text is known only once decoded.
 */
async function readAndParse(actor: Actor, given: Source, options: ImportOptions): Promise<Read> {
  const source = given instanceof Uint8Array ? { name: options.sourceName ?? "document", bytes: given } : given;
  const knownOrganisations = [...referenceOrganisations, ...(await findOrganisationNames()).map((name) => ({ name }))];
  const parseOptions = (corrections: ImportCorrections) => ({
    organisers: options.organisers,
    knownOrganisations,
    city: options.city,
    date: options.date,
    corrections,
  });
  let corrections = options.corrections ?? (typeof source === "string" ? await findImportCorrections(actor, sourceHashOf(source)) : null);
  let isStored = !options.corrections && corrections !== null;
  const job = typeof source === "string" ? { text: source } : source;
  const first = await readOffThread(job, parseOptions(corrections ?? NO_CORRECTIONS));
  const read = first.read;
  let parsed = first.parsed;
  if (!read.ok)
    return {
      parsed: { ok: false, error: read.error, warnings: [], outline: [] },
      text: null,
      sourceHash: null,
      corrections: NO_CORRECTIONS,
      isStored: false,
    };
  const sourceHash = sourceHashOf(read.text);
  if (!options.corrections && typeof source !== "string") {
    const stored = await findImportCorrections(actor, sourceHash);
    if (stored) {
      corrections = stored;
      isStored = true;
      ({ parsed } = await readOffThread({ text: read.text }, parseOptions(stored)));
    }
  }
  return {
    parsed: parsed ?? { ok: false, error: "Le document n'a pas pu être lu.", warnings: [], outline: [] },
    text: read.text,
    sourceHash,
    corrections: corrections ?? NO_CORRECTIONS,
    isStored,
  };
}

const hasCorrections = (c: ImportCorrections) => Object.keys(c.headings).length > 0 || c.separateThemes.length > 0;

/**
 * A compte rendu (its text, or an uploaded file's bytes) to the database: read, parse, validate,
 * write in one transaction with the corrections that applied. Nothing is written unless the
 * whole document could be read.
 */
export async function importCompteRendu(actor: Actor, source: Source, options: ImportOptions = {}): Promise<ImportOutcome> {
  assertOrganiser(actor);
  const { parsed, sourceHash, corrections } = await readAndParse(actor, source, options);
  if (!parsed.ok) return parsed;
  const summary = await storeCompteRendu(actor, parsed.data, {
    publish: options.publish,
    sourceName: options.sourceName,
    referenceOrganisations,
    asNew: options.asNew,
    corrections: sourceHash && hasCorrections(corrections) ? { sourceHash, corrections } : undefined,
  });
  return { ok: true, summary, warnings: parsed.warnings };
}

export type PreviewOutcome = {
  /** The document's text as read, for the form (an upload's converted text). */
  text: string | null;
  outline: OutlineEntry[];
  warnings: ImportWarning[];
  corrections: ImportCorrections;
  /** Whether the corrections are those stored with an earlier import of this text. */
  isStored: boolean;
} & (
  | { ok: true; preview: CompteRenduPreview; similarThemes: SimilarTheme[]; existing: { id: string; title: string; city: string } | null }
  | { ok: false; error: string }
);

/** What an import would create, every heading with its role, the warnings and the themes that look like existing ones; writes nothing. */
export async function previewCompteRendu(actor: Actor, source: Source, options: ImportOptions = {}): Promise<PreviewOutcome> {
  assertOrganiser(actor);
  const { parsed, text, corrections, isStored } = await readAndParse(actor, source, options);
  const common = { text, outline: parsed.outline, warnings: parsed.warnings, corrections, isStored };
  if (!parsed.ok) return { ...common, ok: false, error: parsed.error };
  const preview = previewOf(parsed.data);
  const [existing, similarThemes] = await Promise.all([findRencontreBySource(actor, parsed.data), findSimilarThemes(actor, preview.themes)]);
  return { ...common, ok: true, preview, similarThemes, existing };
}
