import { foldText } from "@/lib/text/normalize";
import type { Block } from "./blocks";
import { trimEndSpacesAnd } from "@/lib/text/trim-chars";

/** What a heading of a compte rendu announces, whatever its level or markup. */
export type HeadingKind =
  | { kind: "table"; number: number }
  | { kind: "toc" | "introduction" | "study" | "roundTable" | "workshops" | "tablesHeader" }
  | { kind: "generalSynthesis" | "closing" }
  | { kind: "objectives" | "examples" | "ideas" }
  | { kind: "other" };

export function classifyHeading(text: string): HeadingKind {
  const t = trimEndSpacesAnd(foldText(text), ":.!");
  const table = /^table\s+(?:n[°o]\s*)?(\d{1,3})\b/.exec(t);
  if (table) return { kind: "table", number: Number(table[1]) };
  if (/^(sommaire|table des matieres)$/.test(t)) return { kind: "toc" };
  if (/^introduction\b/.test(t)) return { kind: "introduction" };
  if (/^table ronde\b/.test(t)) return { kind: "roundTable" };
  if (/^synthese (par|des) tables?\b/.test(t)) return { kind: "tablesHeader" };
  if (/^synthese generale\b/.test(t)) return { kind: "generalSynthesis" };
  if (/^(cloture|conclusion)\b/.test(t)) return { kind: "closing" };
  if (/\b(enquete|etude)\b/.test(t) && /\b(presentation|resultats?|restitution)\b/.test(t)) return { kind: "study" };
  if (/\bateliers?\b/.test(t)) return { kind: "workshops" };
  // Ideas first: "Futures collaborations (par objectif)" lists ideas, not objectives.
  if (/\b(pistes?|futures? collaborations?|idees?)\b/.test(t)) return { kind: "ideas" };
  if (/\bexemples?\b/.test(t)) return { kind: "examples" };
  if (/\bobjectifs?\b/.test(t)) return { kind: "objectives" };
  return { kind: "other" };
}

export type SubsectionKind = "objectives" | "examples" | "ideas";
export type TextSectionKind = "introduction" | "study" | "roundTable" | "workshops" | "closing";

export type Section =
  | { kind: "front"; blocks: Block[] }
  | { kind: TextSectionKind; title: string; blocks: Block[] }
  | {
      kind: "table";
      number: number;
      line: number;
      intro: Block[];
      parts: Partial<Record<SubsectionKind, { title: string; blocks: Block[] }>>;
    }
  | {
      kind: "generalSynthesis";
      intro: Block[];
      parts: Partial<Record<SubsectionKind, { title: string; blocks: Block[] }>>;
    }
  | { kind: "appendix"; part: SubsectionKind; title: string; blocks: Block[] };

/**
 * Second pass: blocks → sections. The heading level is never trusted; what a heading
 * says decides where the following blocks go.
 */
export function toSections(blocks: Block[], warn: (message: string) => void): Section[] {
  const sections: Section[] = [{ kind: "front", blocks: [] }];
  let current: Section = sections[0]!;
  let currentPart: SubsectionKind | null = null;
  let skipping = false;

  const open = (section: Section) => {
    sections.push(section);
    current = section;
    currentPart = null;
    skipping = false;
  };

  for (const block of blocks) {
    if (block.type !== "heading") {
      if (skipping) continue;
      if (current.kind === "table" || current.kind === "generalSynthesis") {
        const part: SubsectionKind | null = currentPart;
        if (part) current.parts[part]!.blocks.push(block);
        else current.intro.push(block);
      } else {
        current.blocks.push(block);
      }
      continue;
    }

    const heading = classifyHeading(block.text);
    switch (heading.kind) {
      case "toc":
        skipping = true;
        continue;
      case "table":
        open({ kind: "table", number: heading.number, line: block.line, intro: [], parts: {} });
        continue;
      case "generalSynthesis":
        open({ kind: "generalSynthesis", intro: [], parts: {} });
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
      case "objectives":
      case "examples":
      case "ideas": {
        if ((current.kind === "table" || current.kind === "generalSynthesis") && !current.parts[heading.kind]) {
          current.parts[heading.kind] = { title: block.text, blocks: [] };
          currentPart = heading.kind;
          skipping = false;
        } else if ("blocks" in current && current.kind !== "closing" && current.kind !== "appendix") {
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
        if (current.kind === "front") current.blocks.push(block);
        else if (current.kind === "table" || current.kind === "generalSynthesis") {
          warn(
            `Ligne ${block.line} : titre « ${block.text} » non reconnu dans ${
              current.kind === "table" ? `la table ${current.number}` : "la synthèse générale"
            } ; son texte est conservé dans les notes.`,
          );
          const part: SubsectionKind | null = currentPart;
          if (part) current.parts[part]!.blocks.push(block);
          else current.intro.push(block);
        } else current.blocks.push(block);
        continue;
    }
  }
  return sections;
}
