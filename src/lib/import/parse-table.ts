import type { ParsedItem, ParsedTable, PersonRef } from "@/lib/schemas/compte-rendu";
import { extractBold, stripMarkup } from "@/lib/text/normalize";
import { blocksToMarkdown, type Block } from "./blocks";
import { unitHeading } from "./conventions";
import { isHeaderRow, looksLikePeople, parseParticipantsLine, parsePerson, parsePersonList, parseUnitPeopleLine } from "./people";
import type { Section, SubsectionKind, Warn } from "./sections";

/** A table's section of a compte rendu → its participants, objectives, examples, ideas and notes. */

/** The items of a list, with their lines; a paragraph gives one item per line (a warning says so). */
function linesOf(blocks: Block[], where: string, warn: Warn): { text: string; line: number }[] {
  const items: { text: string; line: number }[] = [];
  for (const block of blocks) {
    if (block.type === "paragraph") {
      warn(`${where} : texte sans tiret lu comme un élément de liste.`, block.line, "paragraph-item");
      block.text.split("\n").forEach((text, i) => items.push({ text, line: block.line + i }));
    } else items.push({ text: block.text.replace(/\n/g, " "), line: block.line });
  }
  return items.map((i) => ({ ...i, text: i.text.trim() })).filter((i) => i.text);
}

export function itemsOf(blocks: Block[], where: string, warn: Warn): string[] {
  return linesOf(blocks, where, warn).map((i) => i.text);
}

/** The people of a "Participants" heading or of a label with nothing after it: one per item or line. */
function peopleOf(blocks: Block[]): { people: PersonRef[]; rejected: string[] } {
  const people: PersonRef[] = [];
  const rejected: string[] = [];
  for (const block of blocks) {
    if (block.type === "heading" || isHeaderRow(block.text)) continue;
    const list =
      block.type === "item" ? { people: [parsePerson(block.text, true)].filter((p) => p !== null), rejected: [] } : parsePersonList(block.text);
    if (block.type === "item" && list.people.length === 0) rejected.push(block.text);
    people.push(...list.people);
    rejected.push(...list.rejected);
  }
  return { people, rejected };
}

/** An annex of participants by unit: under unit headings, or as "Table 2 : A (X), B (Y)" lines. */
export function annexPeople(sections: Section[], warn: Warn): Map<number, PersonRef[]> {
  const byUnit = new Map<number, PersonRef[]>();
  const unitOf = (text: string) => unitHeading(text)?.number ?? null;
  for (const section of sections) {
    if (section.kind !== "participantsAnnex") continue;
    let unit: number | null = null;
    let pending: Block[] = [];
    const flush = () => {
      if (unit === null) return;
      const { people, rejected } = peopleOf(pending);
      byUnit.set(unit, [...(byUnit.get(unit) ?? []), ...people]);
      for (const entry of rejected)
        warn(`Annexe, table ${unit} : participant·e illisible « ${entry} », ignoré·e.`, section.line, "participant-unreadable");
      pending = [];
    };
    for (const block of section.blocks) {
      const line = block.type === "heading" ? null : parseUnitPeopleLine(block.text, unitOf);
      if (block.type === "heading" || line) {
        flush();
        unit = block.type === "heading" ? unitOf(block.text) : line!.number;
        if (line) pending.push({ type: "paragraph", text: line.list, line: block.line });
      } else pending.push(block);
    }
    flush();
  }
  return byUnit;
}

function toItem(text: string): Omit<ParsedItem, "mentions"> {
  return { text, keywords: extractBold(text) };
}

export function parseTable(
  section: Extract<Section, { kind: "table" }>,
  annex: Map<number, PersonRef[]>,
  warn: Warn,
): Omit<ParsedTable, "examples" | "ideas"> & {
  examples: Omit<ParsedItem, "mentions">[];
  ideas: Omit<ParsedItem, "mentions">[];
  objectiveLines: number[];
} {
  const where = `Table ${section.number}`;
  let participants: PersonRef[] = [];
  const rejected: string[] = [];
  const notes: Block[] = [];
  // "Présents :" with nothing after it: the items that follow are the people.
  let listing = false;
  for (const block of section.intro) {
    if (listing && (block.type === "item" || (block.type === "paragraph" && looksLikePeople(block.text)))) {
      const listed = peopleOf([block]);
      participants.push(...listed.people);
      rejected.push(...listed.rejected);
      continue;
    }
    listing = false;
    const parsed = block.type === "paragraph" && participants.length === 0 ? parseParticipantsLine(block.text) : null;
    if (parsed) {
      participants = parsed.people;
      rejected.push(...parsed.rejected);
      listing = parsed.people.length === 0;
    } else notes.push(block);
  }
  if (section.people) {
    const listed = peopleOf(section.people);
    participants.push(...listed.people);
    rejected.push(...listed.rejected);
  }
  for (const entry of rejected) warn(`${where} : participant·e illisible « ${entry} », ignoré·e.`, section.line, "participant-unreadable");
  if (participants.length === 0) participants = annex.get(section.number) ?? [];
  if (participants.length === 0)
    warn(`${where} : aucune liste de participant·es (« Autour de la table : … ») trouvée.`, section.line, "no-participants");
  if (notes.length > 0)
    warn(`${where} : ${notes.length} paragraphe(s) hors rubrique conservé(s) dans les notes de la table.`, notes[0]!.line, "notes");

  const part = (kind: SubsectionKind, label: string) => {
    const found = section.parts[kind];
    if (!found) {
      warn(`${where} : rubrique « ${label} » absente.`, section.line, "section-missing");
      return [];
    }
    const items = linesOf(found.blocks, where, warn);
    if (items.length === 0) warn(`${where} : rubrique « ${found.title} » vide.`, found.line, "section-empty");
    return items;
  };
  const objectives = part("objectives", "Principaux objectifs");
  return {
    number: section.number,
    title: section.title,
    participants,
    objectives: objectives.map((item) => ({ text: stripMarkup(item.text), consolidatedIndex: null })),
    objectiveLines: objectives.map((item) => item.line),
    examples: part("examples", "Exemples de collaboration").map((item) => toItem(item.text)),
    ideas: part("ideas", "Pistes de future collaboration").map((item) => toItem(item.text)),
    notes: blocksToMarkdown(notes),
  };
}
