import { foldText, stem, stripMarkup } from "@/lib/text/normalize";

/**
 * The text an example or idea is found by: its words, its keywords, the organisations it
 * cites and those of the people at its table, folded (no case, no accents) so that
 * "equipe" finds "équipe".
 */
export function buildSearchText(parts: {
  text: string;
  keywords?: string[];
  mentionedOrganisations?: string[];
  tableOrganisations?: string[];
}): string {
  const pieces = [stripMarkup(parts.text), ...(parts.keywords ?? []), ...(parts.mentionedOrganisations ?? []), ...(parts.tableOrganisations ?? [])];
  return foldText(pieces.join(" · "));
}

/** The words of a search query, folded and reduced to a stem that also matches plurals. */
export function queryTerms(query: string): string[] {
  const words = foldText(query)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => (w.length > 3 ? stem(w) : w));
  return [...new Set(words)].slice(0, 12);
}
