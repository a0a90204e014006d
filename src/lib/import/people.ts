import type { PersonRef } from "@/lib/schemas/compte-rendu";
import { foldText, stripMarkup } from "@/lib/text/normalize";
import { trimEndChars } from "@/lib/text/trim-chars";

/** What people write instead of an organisation: a situation, never an organisation. */
const STATUS_PATTERNS = [
  /^en (creation|création|recherche|reconversion|cours de création)\b/i,
  /^(freelance|free-lance|indépendante?|independante?|auto-?entrepreneu(r|se)|bénévole|benevole)$/i,
  /^(retraitée?|étudiante?|etudiante?|sans emploi|demandeu(r|se) d'emploi|consultante? indépendante?)$/i,
  /^\+\s*\d+$/,
];

export function isStatusLabel(label: string): boolean {
  const value = label.trim();
  return STATUS_PATTERNS.some((pattern) => pattern.test(value));
}

/** Splits a list on commas that are not inside parentheses. */
export function splitTopLevel(input: string, separators = /[,;]/): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of input) {
    if (char === "(") depth += 1;
    if (char === ")") depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(char)) {
      parts.push(current);
      current = "";
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** "Alice DE RONNE" → first "Alice", last "DE RONNE"; "Sébastien Poulet-Goffard" → last "Poulet-Goffard". */
export function splitName(fullName: string): { firstName: string | null; lastName: string } {
  const words = fullName.trim().split(/\s+/);
  const isUpper = (w: string) => /\p{L}/u.test(w) && w === w.toLocaleUpperCase("fr-FR");
  let firstUpper = words.length;
  while (firstUpper > 0 && isUpper(words[firstUpper - 1]!)) firstUpper -= 1;
  if (firstUpper === words.length || firstUpper === 0) {
    // No capitalised surname (or only one): the last word is the surname.
    if (words.length === 1) return { firstName: null, lastName: words[0]! };
    return { firstName: words.slice(0, -1).join(" "), lastName: words.at(-1)! };
  }
  return { firstName: words.slice(0, firstUpper).join(" "), lastName: words.slice(firstUpper).join(" ") };
}

/** "Name – Affiliation" or, where commas do not separate people, "Name, Affiliation": the split, found by index. */
function splitAffiliation(clean: string, allowComma: boolean): [string, string] | null {
  const open = clean.endsWith(")") ? clean.lastIndexOf("(") : -1;
  const inner = open > 0 ? clean.slice(open + 1, -1) : "";
  if (open > 0 && !inner.includes(")")) return [clean.slice(0, open), inner];
  for (const dash of [" – ", " — ", " - "]) {
    const at = clean.indexOf(dash);
    if (at > 0) return [clean.slice(0, at), clean.slice(at + dash.length)];
  }
  const comma = allowComma ? clean.indexOf(",") : -1;
  return comma > 0 ? [clean.slice(0, comma), clean.slice(comma + 1)] : null;
}

/**
 * One entry such as "Daisy AQUE (*Initiative Vie*)", "Laurence MARI – DGCS", "Mélanie PARRA";
 * "Alice MARTIN, Emmaüs" too when `allowComma` (entries separated by semicolons or lines).
 */
export function parsePerson(entry: string, allowComma = false): PersonRef | null {
  const stripped = stripMarkup(entry).trim();
  const clean = trimEndChars(stripped, ".;").trim();
  if (!clean) return null;
  const match = splitAffiliation(clean, allowComma);
  const fullName = (match ? match[0] : clean).replace(/\s+/g, " ").trim();
  const affiliation = match ? match[1].replace(/\s+/g, " ").trim() : "";
  if (!/\p{L}/u.test(fullName) || fullName.length > 120) return null;
  const { firstName, lastName } = splitName(fullName);
  const isStatus = affiliation !== "" && isStatusLabel(affiliation);
  return {
    fullName,
    firstName,
    lastName,
    organisation: affiliation && !isStatus ? affiliation : null,
    status: isStatus ? affiliation : null,
  };
}

/** The header row of a participants table ("Nom – Organisation", "Prénom Nom – Structure"): not a person. */
const HEADER_ROW =
  /^(?:(?:nom|prenom|nom et prenom|prenom nom|nom prenom|participant)s?) - (?:organisations?|structures?|organismes?|etablissements?)$/;

export function isHeaderRow(entry: string): boolean {
  return HEADER_ROW.test(foldText(stripMarkup(entry)));
}

/**
 * Whether a paragraph reads as people ("Daisy AQUE – Initiative Vie"), not as a sentence: short
 * lines, no final full stop, at most five words before the affiliation.
 */
export function looksLikePeople(text: string): boolean {
  return stripMarkup(text)
    .split("\n")
    .every((line) => {
      const clean = line.trim();
      const name = clean.split(/ [–—-] |[(,]/)[0]!.trim();
      return clean.length <= 150 && !clean.endsWith(".") && name.split(" ").length <= 5;
    });
}

/**
 * People listed one per line, or separated by semicolons (then "Name, Affiliation" is one
 * person), or else by commas.
 */
export function parsePersonList(input: string): { people: PersonRef[]; rejected: string[] } {
  const people: PersonRef[] = [];
  const rejected: string[] = [];
  const lines = input
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  // One person per line, unless the lines are a hard-wrapped list ("A (X), B (Y),⏎C (Z)").
  const perLine = lines.length > 1 && lines.every((line) => !/[,;]$/.test(line) && splitTopLevel(line).length <= 2);
  const joined = lines.join(" ");
  const bySemicolon = !perLine && joined.includes(";");
  const entries = perLine ? lines : splitTopLevel(joined, bySemicolon ? /;/ : /,/);
  for (const entry of entries) {
    if (isHeaderRow(entry)) continue;
    const person = parsePerson(entry, perLine || bySemicolon);
    if (person) people.push(person);
    else rejected.push(entry);
  }
  return { people, rejected };
}

const PARTICIPANTS_LINE =
  /^(?:autour de la table|(?:les )?participant(?:\.?e|·e)?(?:\.?s|·s)?|(?:étaient )?présent(?:\.?e|·e)?(?:\.?s|·s)?|membres(?: du groupe)?)(?:\s?\([0-9]{1,3}\))?\s*:([\s\S]*)$/i;

/**
 * The participants of "Autour de la table : …", or null when the text is not such a line.
 * A label with nothing after it ("Présents :") gives no one: the list follows, one per line.
 */
export function parseParticipantsLine(text: string): ReturnType<typeof parsePersonList> | null {
  const match = PARTICIPANTS_LINE.exec(stripMarkup(text));
  return match ? parsePersonList(match[1]!) : null;
}

/** "Table 2 : A (X), B (Y)" in an annex of participants: the unit's number and its list. */
export function parseUnitPeopleLine(text: string, unitOf: (heading: string) => number | null): { number: number; list: string } | null {
  const plain = stripMarkup(text);
  const colon = plain.indexOf(":");
  if (colon < 0 || colon > 80) return null;
  const number = unitOf(plain.slice(0, colon));
  return number ? { number, list: plain.slice(colon + 1) } : null;
}

/** "**Animation** : A (*X*). **Panel** : B (*Y*), C (*Z*)" → moderators and panelists. */
export function parseRoundTablePeople(text: string): { moderators: PersonRef[]; panelists: PersonRef[]; rejected: string[] } | null {
  const plain = stripMarkup(text);
  const moderatorMatch = afterLabel(
    plain,
    /(?:animation|animé par|animée par|modération|modérateur|modératrice)/i,
    /\.\s*(?=panel|intervenant|panéliste)/i,
  );
  const panelMatch = /(?:panel|intervenant(?:\.?e)?s|panélistes)\s*:\s*(\S.*?)\.?$/i.exec(plain);
  if (!moderatorMatch && !panelMatch) return null;
  const moderators = moderatorMatch ? parsePersonList(moderatorMatch[1]!) : { people: [], rejected: [] };
  const panelists = panelMatch ? parsePersonList(panelMatch[1]!) : { people: [], rejected: [] };
  return {
    moderators: moderators.people,
    panelists: panelists.people,
    rejected: [...moderators.rejected, ...panelists.rejected],
  };
}

/** The text after `label` (and an optional colon) up to `stop` or the end of the line, as [whole, text]. */
function afterLabel(plain: string, label: RegExp, stop: RegExp): [string, string] | null {
  const lead = label.exec(plain);
  if (!lead) return null;
  let rest = plain.slice(lead.index + lead[0].length).trimStart();
  if (rest.startsWith(":")) rest = rest.slice(1).trimStart();
  const line = rest.split("\n")[0]!;
  const end = line ? stop.exec(line.slice(1)) : null;
  if (end) return [lead[0], line.slice(0, end.index + 1)];
  return line && line === rest ? [lead[0], line] : null;
}
