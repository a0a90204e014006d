import type { Block } from "./blocks";
import { foldHeading, isParticipantsAnnex, sectionLabel, unitHeading } from "./conventions";
import type { HeadingRole, OutlineEntry } from "./outline";
import { sameRole } from "./outline";

/** What a heading of a compte rendu announces, whatever its level or markup. */
export type HeadingKind =
  | { kind: "table"; number: number; title: string | null }
  | { kind: "toc" | "introduction" | "study" | "roundTable" | "workshops" | "tablesHeader" }
  | { kind: "generalSynthesis" | "closing" | "participantsAnnex" | "ignored" }
  | { kind: "objectives" | "examples" | "ideas" | "participants" }
  | { kind: "other" };

const DETAILS: Partial<Record<HeadingKind["kind"], string>> = {
  toc: "sommaire",
  introduction: "introduction",
  study: "étude",
  roundTable: "table ronde",
  workshops: "déroulé des ateliers",
  tablesHeader: "annonce des tables",
  closing: "clôture",
  participantsAnnex: "annexe des participant·es",
};

export function classifyHeading(text: string): HeadingKind {
  const t = foldHeading(text);
  const unit = unitHeading(text);
  if (unit) return { kind: "table", number: unit.number, title: unit.title };
  if (/^(?:sommaire|table des matieres)$/.test(t)) return { kind: "toc" };
  if (/^introduction\b/.test(t)) return { kind: "introduction" };
  if (/^table ronde\b/.test(t)) return { kind: "roundTable" };
  if (/^synthese (?:par|des) (?:tables?|ateliers?|groupes?|commissions?)\b/.test(t)) return { kind: "tablesHeader" };
  if (/^synthese generale\b/.test(t)) return { kind: "generalSynthesis" };
  if (/^(?:cloture|conclusion)\b/.test(t)) return { kind: "closing" };
  if (isParticipantsAnnex(text)) return { kind: "participantsAnnex" };
  if (/\b(?:enquete|etude)\b/.test(t) && /\b(?:presentation|resultats?|restitution)\b/.test(t)) return { kind: "study" };
  // "Les ateliers de réflexion" describes the workshops; "Objectifs de l'atelier" is a section of one.
  const label = sectionLabel(text);
  if (label) return { kind: label };
  return /\bateliers?\b/.test(t) ? { kind: "workshops" } : { kind: "other" };
}

/** The role a heading's kind plays, as the preview names it. */
export function roleOfKind(heading: HeadingKind): HeadingRole {
  switch (heading.kind) {
    case "table":
      return { role: "table", number: heading.number };
    case "objectives":
    case "examples":
    case "ideas":
    case "participants":
      return { role: heading.kind };
    case "participantsAnnex":
      return { role: "participants" };
    case "generalSynthesis":
      return { role: "synthesis" };
    case "toc":
    case "tablesHeader":
    case "ignored":
      return { role: "ignored" };
    default:
      return { role: "text" };
  }
}

/** The kind an organiser's role gives a heading (its own kind when the role is the one it had). */
function kindOfRole(role: HeadingRole, detected: HeadingKind, inTable: boolean): HeadingKind {
  if (sameRole(role, roleOfKind(detected))) return detected;
  switch (role.role) {
    case "table":
      return { kind: "table", number: role.number, title: null };
    case "participants":
      return inTable ? { kind: "participants" } : { kind: "participantsAnnex" };
    case "synthesis":
      return { kind: "generalSynthesis" };
    case "ignored":
      return { kind: "ignored" };
    case "text":
      return { kind: "other" };
    default:
      return { kind: role.role };
  }
}

export type SubsectionKind = "objectives" | "examples" | "ideas";
export type TextSectionKind = "introduction" | "study" | "roundTable" | "workshops" | "closing";
type Parts = Partial<Record<SubsectionKind, { title: string; line: number; blocks: Block[] }>>;

export type Section =
  | { kind: "front"; blocks: Block[] }
  | { kind: TextSectionKind; title: string; blocks: Block[] }
  | { kind: "table"; number: number; title: string | null; line: number; intro: Block[]; people: Block[] | null; parts: Parts }
  | { kind: "generalSynthesis"; intro: Block[]; parts: Parts }
  | { kind: "appendix"; part: SubsectionKind; title: string; blocks: Block[] }
  /** Participants listed apart, by unit: its unit headings stay in `blocks` as group headings. */
  | { kind: "participantsAnnex"; line: number; blocks: Block[] };

export type Warn = (message: string, line?: number | null, code?: string) => void;

/**
 * Second pass: blocks → sections. The heading level is never trusted; what a heading says
 * decides where the following blocks go, unless the organiser gave it another role
 * (`roles`, keyed as in the outline). Every heading is recorded in the outline.
 */
export function toSections(blocks: Block[], warn: Warn, roles: Record<string, HeadingRole> = {}): { sections: Section[]; outline: OutlineEntry[] } {
  const sections: Section[] = [{ kind: "front", blocks: [] }];
  const outline: OutlineEntry[] = [];
  const occurrences = new Map<string, number>();
  let current: Section = sections[0]!;
  let currentPart: SubsectionKind | "people" | null = null;
  let skipping = false;

  const open = (section: Section) => {
    sections.push(section);
    current = section;
    currentPart = null;
    skipping = false;
  };
  const addToCurrent = (block: Block) => {
    if (current.kind === "table" || current.kind === "generalSynthesis") {
      const part: SubsectionKind | "people" | null = currentPart;
      if (part === "people" && current.kind === "table") current.people!.push(block);
      else if (part && part !== "people") current.parts[part]!.blocks.push(block);
      else current.intro.push(block);
    } else current.blocks.push(block);
  };

  for (const block of blocks) {
    if (block.type !== "heading") {
      if (!skipping) addToCurrent(block);
      continue;
    }

    const folded = foldHeading(block.text);
    const occurrence = (occurrences.get(folded) ?? 0) + 1;
    occurrences.set(folded, occurrence);
    const key = `${folded.slice(0, 200)}#${occurrence}`;
    const detected = classifyHeading(block.text);
    const override = roles[key];
    const heading = override ? kindOfRole(override, detected, current.kind === "table") : detected;
    // In an annex of participants, unit headings name the groups of people, not new tables.
    const inAnnex = current.kind === "participantsAnnex" && heading.kind === "table" && !override;
    outline.push({
      key,
      line: block.line,
      text: block.text,
      detected: roleOfKind(detected),
      role: inAnnex ? { role: "participants" } : roleOfKind(heading),
      detail: inAnnex ? `participant·es de la table ${heading.kind === "table" ? heading.number : ""}` : (DETAILS[heading.kind] ?? null),
    });
    if (inAnnex) {
      (current as Extract<Section, { kind: "participantsAnnex" }>).blocks.push(block);
      continue;
    }

    switch (heading.kind) {
      case "toc":
      case "ignored":
        // Its blocks are left out, up to the next heading that opens something.
        skipping = true;
        continue;
      case "table":
        open({ kind: "table", number: heading.number, title: heading.title, line: block.line, intro: [], people: null, parts: {} });
        continue;
      case "generalSynthesis":
        open({ kind: "generalSynthesis", intro: [], parts: {} });
        continue;
      case "participantsAnnex":
        open({ kind: "participantsAnnex", line: block.line, blocks: [] });
        continue;
      case "tablesHeader":
        // "SYNTHÈSE PAR TABLES" only announces the tables.
        skipping = false;
        continue;
      case "introduction":
      case "study":
      case "roundTable":
      case "workshops":
      case "closing":
        open({ kind: heading.kind, title: block.text, blocks: [] });
        continue;
      case "participants":
        if (current.kind === "table" && current.people === null) {
          current.people = [];
          currentPart = "people";
          skipping = false;
        } else if (current.kind !== "table") open({ kind: "participantsAnnex", line: block.line, blocks: [] });
        else addToCurrent(block);
        continue;
      case "objectives":
      case "examples":
      case "ideas": {
        if ((current.kind === "table" || current.kind === "generalSynthesis") && !current.parts[heading.kind]) {
          current.parts[heading.kind] = { title: block.text, line: block.line, blocks: [] };
          currentPart = heading.kind;
          skipping = false;
        } else if ("blocks" in current && current.kind !== "closing" && current.kind !== "appendix" && current.kind !== "participantsAnnex") {
          // Before the tables ("Les objectifs de la journée"): an ordinary sub-heading.
          current.blocks.push(block);
        } else {
          // A second list of the same kind, or a list after the closing: the appendix of the compte rendu.
          open({ kind: "appendix", part: heading.kind, title: block.text, blocks: [] });
        }
        continue;
      }
      case "other":
        if (skipping) continue;
        if (current.kind === "participantsAnnex") open({ kind: "closing", title: block.text, blocks: [block] });
        else if (current.kind === "table" || current.kind === "generalSynthesis") {
          warn(
            `Titre « ${block.text} » non reconnu dans ${current.kind === "table" ? `la table ${current.number}` : "la synthèse générale"} ; son texte est conservé dans les notes.`,
            block.line,
            "unknown-heading",
          );
          addToCurrent(block);
        } else current.blocks.push(block);
        continue;
    }
  }
  return { sections, outline };
}
