import { foldText } from "@/lib/text/normalize";
import { trimEndSpacesAnd } from "@/lib/text/trim-chars";

/**
 * The conventions that real comptes rendus follow, each named here and tested in
 * conventions.test.ts. Every rule reads a heading folded (no accents, lower case, final
 * colon and full stop dropped), so "PISTES :", "Pistes" and "pistes." read the same.
 * Every expression is anchored and linear.
 */

/** A heading's own outline number, written by hand: "2.1 ", "3. ", "IV. ", "B) ". */
const OUTLINE_NUMBER = /^(?:[0-9]{1,2}(?:\.[0-9]{1,2}){0,3}\.?|[ivx]{1,4}\.|[a-h][.)])\s/;

/** "Principaux objectifs :" → "principaux objectifs"; "2.1 TABLE 1" → "table 1". */
export function foldHeading(text: string): string {
  const folded = trimEndSpacesAnd(foldText(text), ":.!");
  const number = OUTLINE_NUMBER.exec(folded);
  return number && number[0].length < folded.length ? folded.slice(number[0].length).trimStart() : folded;
}

// ——— Units: what a group of participants is called ———

/**
 * "Table 1", "TABLE N°3", "Atelier 2 – Mobilité", "Groupe IV", "Commission 3 : Emploi",
 * "Table ronde n°3", "Atelier B". A letter is a number only when nothing or a separator
 * follows it ("Atelier à distance" is not atelier A). "Table ronde" alone is the round table,
 * "Table des matières" the contents: neither is a unit.
 */
const UNIT_HEADING =
  /^(?:table ronde|table|atelier|groupe|commission|sous-groupe)\s+(?:n\s?[°o]\.?\s?)?([0-9]{1,3}|[ivxlc]{1,9}|[a-z])(?=$|[^a-z0-9])(.*)$/;
const ROMAN = /^(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;

function romanValue(numeral: string): number | null {
  if (!ROMAN.test(numeral)) return null;
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]!]!;
    const next = values[numeral[i + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 ? total : null;
}

/** The unit's number: digits, a Roman numeral ("IV" → 4) or a letter ("B" → 2). */
export function unitNumber(token: string): number | null {
  if (/^[0-9]+$/.test(token)) return Number(token) || null;
  const roman = romanValue(token);
  if (roman) return roman;
  return token.length === 1 ? token.charCodeAt(0) - 96 : null;
}

/** A heading that opens a unit, with its number and its title ("Atelier 2 – Mobilité" → 2, "Mobilité"). */
export function unitHeading(text: string): { number: number; title: string | null } | null {
  const match = UNIT_HEADING.exec(foldHeading(text));
  if (!match) return null;
  const rest = match[2]!.replace(/^[\s:.)\-–—]+/, "").trim();
  if (/^[a-z]$/.test(match[1]!) && rest !== "" && !/^\s?[:.)\-–—]/.test(match[2]!)) return null;
  const number = unitNumber(match[1]!);
  if (!number) return null;
  // The title as written (case and accents kept): what follows the number and its separator.
  const original = trimEndSpacesAnd(text.trim(), ":.");
  const cut = original.length - rest.length;
  return { number, title: rest ? original.slice(cut).trim() : null };
}

// ——— Section labels ———

export type SectionLabel = "objectives" | "examples" | "ideas" | "participants";

/**
 * The labels of a unit's sections and their usual variants. Ideas are tried first:
 * "Futures collaborations (par objectif)" lists ideas, not objectives.
 */
export const SECTION_LABELS: { label: SectionLabel; pattern: RegExp }[] = [
  {
    label: "participants",
    pattern:
      /^(?:autour de la table|(?:les )?participant(?:\.?e|·e)?(?:\.?s|·s)?|(?:etaient )?present(?:\.?e|·e)?(?:\.?s|·s)?|membres(?: du groupe)?|composition (?:du groupe|de la table|de l'atelier))(?: \([0-9]{1,3}\))?$/,
  },
  { label: "ideas", pattern: /\b(?:pistes?|futures? collaborations?|idees?|propositions?|preconisations?|recommandations?)\b/ },
  { label: "examples", pattern: /\b(?:exemples?|collaborations? existantes?|initiatives? existantes?|bonnes pratiques|realisations?)\b/ },
  { label: "objectives", pattern: /\b(?:objectifs?|enjeux)\b/ },
];

/** What section a heading announces, if it is one of the labels above. */
export function sectionLabel(text: string): SectionLabel | null {
  const folded = foldHeading(text);
  return SECTION_LABELS.find((entry) => entry.pattern.test(folded))?.label ?? null;
}

/** The annex that lists participants by unit ("Annexe : liste des participants", "Composition des tables"). */
const PARTICIPANTS_ANNEX = /^(?:annexes?\b.*\bparticipant|liste des participant|composition des (?:tables|groupes|ateliers|commissions)\b)/;

export function isParticipantsAnnex(text: string): boolean {
  return PARTICIPANTS_ANNEX.test(foldHeading(text));
}

// ——— Line shapes ———

/**
 * List items: "-", "*", "+", "•", "–", "—", "▪", "◦", "·", "●", "■", "➢", "→", "✓", the Symbol-font
 * bullets of Word's PDFs (U+F0B7, U+F0A7…), "1.", "1)", "a)".
 */
export const LIST_ITEM = /^(\s*)(?:[-*+•–—▪◦·‣●○■□➢➤→✓✔\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|[0-9]{1,3}[.)]|[a-z]\))\s+(\S.*)?$/;

/** An upper-case line of a word processor's plain text ("PRINCIPAUX OBJECTIFS :"): a heading. */
export function isUpperCaseLine(trimmed: string): boolean {
  if (trimmed.length > 120 || trimmed.endsWith(".")) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  return letters.length >= 4 && letters === letters.toLocaleUpperCase("fr-FR") && letters !== letters.toLocaleLowerCase("fr-FR");
}

/** A label opening a plain line: "Propositions :", "Principaux objectifs de la collaboration :". */
const LABEL_START =
  /^(?:(?:les|nos|principaux|principales|quelques)\s)?(?:pistes?|futures? collaborations?|idees?|propositions?|preconisations?|recommandations?|exemples?|collaborations? existantes?|initiatives?|bonnes pratiques|realisations?|objectifs?|enjeux|autour de la table|(?:les )?participant|(?:etaient )?present)/;

/**
 * A plain line that is a heading by what it says: a unit ("Atelier 2 – Mobilité", with no list
 * of people after it), or a section label that ends with a colon or stands alone in a few words.
 */
export function isLabelLine(trimmed: string): boolean {
  if (trimmed.length > 100) return false;
  const unit = unitHeading(trimmed);
  if (unit) return !unit.title || !/[,;()]/.test(unit.title);
  const folded = foldHeading(trimmed);
  if (!LABEL_START.test(folded) || sectionLabel(trimmed) === null) return false;
  return trimmed.endsWith(":") ? !folded.includes(":") : folded.split(" ").length <= 4;
}
