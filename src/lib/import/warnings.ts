import { plural } from "@/lib/text/format";

/** Something the import read without certainty, with its place in the text when it has one. */
export type ImportWarning = { code: string; message: string; line: number | null };

/** How a group of warnings of one kind is announced: "11 objectifs sans objectif consolidé". */
const GROUPS: Record<string, [singular: string, pluralForm: string]> = {
  "objective-unlinked": ["objectif sans objectif consolidé", "objectifs sans objectif consolidé"],
  "synthesis-unlinked": ["élément de la synthèse sans correspondance dans les tables", "éléments de la synthèse sans correspondance dans les tables"],
  "participant-unreadable": ["participant·e illisible", "participant·es illisibles"],
  "no-participants": ["table sans liste de participant·es", "tables sans liste de participant·es"],
  "section-missing": ["rubrique absente", "rubriques absentes"],
  "section-empty": ["rubrique vide", "rubriques vides"],
  "paragraph-item": ["texte sans tiret lu comme un élément", "textes sans tiret lus comme des éléments"],
  "unknown-heading": ["titre non reconnu", "titres non reconnus"],
  notes: ["table avec des paragraphes hors rubrique", "tables avec des paragraphes hors rubrique"],
  "theme-similar": ["thème proche d’un thème existant", "thèmes proches de thèmes existants"],
};

export type WarningGroup = { code: string; title: string; warnings: ImportWarning[] };

/** Warnings of the same kind together, in the order their kinds first appear; a kind seen once stays alone. */
export function groupWarnings(warnings: ImportWarning[]): WarningGroup[] {
  const groups = new Map<string, ImportWarning[]>();
  for (const warning of warnings) {
    const list = groups.get(warning.code);
    if (list) list.push(warning);
    else groups.set(warning.code, [warning]);
  }
  return [...groups].map(([code, list]) => {
    const names = GROUPS[code];
    const title = list.length > 1 && names ? plural(list.length, names[0], names[1]) : list[0]!.message;
    return { code, title, warnings: list };
  });
}

/** "Ligne 112 : …" for the command line. */
export function formatWarning(warning: ImportWarning): string {
  return warning.line ? `Ligne ${warning.line} : ${warning.message}` : warning.message;
}
