import {
  CompteRenduSchema,
  type CompteRendu,
  type ParsedItem,
  type ParsedTable,
  type PersonRef,
  type SynthesisGroupParsed,
} from "@/lib/schemas/compte-rendu";
import { stripMarkup } from "@/lib/text/normalize";
import { blocksToMarkdown, toBlocks, type Block } from "./blocks";
import {
  candidatesOf,
  findMentions,
  findRelations,
  linkByCitation,
  linkByKeywords,
  linkBySimilarity,
  matchObjective,
  type KnownOrganisation,
} from "./link";
import { findCityAnywhere, findDateAnywhere, findEdition, findPartners, findVenue } from "./metadata";
import type { ImportCorrections, OutlineEntry } from "./outline";
import { annexPeople, itemsOf, parseTable } from "./parse-table";
import { parseRoundTablePeople } from "./people";
import { toSections, type Section, type Warn } from "./sections";
import type { ImportWarning } from "./warnings";

export type ParseOptions = {
  /** Organisations that organised the rencontre (not written in the compte rendu itself). */
  organisers?: string[];
  /** Organisations known beforehand, to recognise them when examples and ideas cite them. */
  knownOrganisations?: KnownOrganisation[];
  /** Overrides for what the document may not say. */
  city?: string;
  date?: string;
  /** The organiser's corrections from the preview (roles of headings, themes kept apart). */
  corrections?: ImportCorrections;
};

/** What the import read, and every heading with the role it got (shown by the preview, even when the document is refused). */
export type ParseResult =
  | { ok: true; data: CompteRendu; warnings: ImportWarning[]; outline: OutlineEntry[] }
  | { ok: false; error: string; warnings: ImportWarning[]; outline: OutlineEntry[] };

/** "Lieux et espaces de rencontre :\nA / B / C" → label and entries. */
function splitThemeItem(text: string): { label: string | null; entries: string[] } {
  const match = splitAtLabel(text);
  const label = match ? stripMarkup(match.label) : null;
  const body = match ? match.body : text;
  return {
    label,
    entries: body
      .split(/\s\/(?=\s)/)
      .map((e) => e.replace(/\s+/g, " ").trim())
      .filter(Boolean),
  };
}

/** "Pour mieux se connaître, il existe …" → purpose "Pour mieux se connaître" and the sentence. */
function splitPurposeItem(text: string): { label: string | null; text: string } {
  const match = /^(Pour [^,:]{3,120})[,:]([\s\S]+)$/i.exec(text.replace(/\n/g, " "));
  return match ? { label: match[1]!.trim(), text: match[2]!.trim() } : { label: null, text: text.replace(/\n/g, " ") };
}

function groupNested(blocks: Block[]): string[][] {
  const groups: string[][] = [];
  for (const block of blocks) {
    if (block.type === "heading") continue;
    const text = block.text.replace(/\n/g, " ").trim();
    if (block.type === "item" && block.depth > 0 && groups.length > 0) groups.at(-1)!.push(text);
    else groups.push([text]);
  }
  return groups;
}

/**
 * What one compte rendu may hold, checked as soon as its sections are known, before the costly
 * steps (people, organisations, links): a document past them is refused at once, not after.
 */
export const PARSE_LIMITS = { tables: 500, blocksPerTable: 1500, blocks: 20_000 } as const;

function tooLarge(tables: Extract<Section, { kind: "table" }>[]): string | null {
  if (tables.length > PARSE_LIMITS.tables) {
    return `Le document compte ${tables.length.toLocaleString("fr-FR")} tables, au-delà des ${PARSE_LIMITS.tables} lues dans un compte rendu : coupez-le en plusieurs documents.`;
  }
  let total = 0;
  for (const table of tables) {
    const blocks = table.intro.length + Object.values(table.parts).reduce((n, part) => n + part.blocks.length, 0);
    if (blocks > PARSE_LIMITS.blocksPerTable) {
      return `La table ${table.number} compte ${blocks.toLocaleString("fr-FR")} lignes, au-delà des ${PARSE_LIMITS.blocksPerTable.toLocaleString("fr-FR")} lues pour une table : vérifiez ses titres.`;
    }
    total += blocks;
  }
  if (total > PARSE_LIMITS.blocks) {
    return `Les tables comptent ${total.toLocaleString("fr-FR")} lignes, au-delà des ${PARSE_LIMITS.blocks.toLocaleString("fr-FR")} lues dans un compte rendu : coupez-le en plusieurs documents.`;
  }
  return null;
}

const MISSING_CITY =
  "Ville introuvable : ni le titre, ni le sous-titre, ni les premiers paragraphes ne la disent (« …, Paris », « à Bordeaux », « LYON »). Précisez-la.";
const MISSING_DATE = "Date de la rencontre introuvable en tête du document ni dans l’introduction : à compléter.";

export function parseCompteRendu(source: string, options: ParseOptions = {}): ParseResult {
  const warnings: ImportWarning[] = [];
  const warn: Warn = (message, line = null, code = "other") => {
    warnings.push({ code, message, line });
  };
  let outline: OutlineEntry[] = [];
  const fail = (error: string): ParseResult => ({ ok: false, error, warnings, outline });

  if (source.includes("\u0000")) return fail("Le fichier est binaire : attendu un compte rendu en Markdown ou en texte.");
  if (source.trim() === "") return fail("Le document est vide.");

  const read = toSections(toBlocks(source), warn, options.corrections?.headings);
  const sections = read.sections;
  outline = read.outline;
  const tableSections = sections.filter((s): s is Extract<Section, { kind: "table" }> => s.kind === "table");
  const overLimit = tooLarge(tableSections);
  if (overLimit) return fail(overLimit);
  if (tableSections.length === 0) {
    return fail(
      "Aucune table trouvée : ce document ne ressemble pas à un compte rendu de Grande Rencontre " +
        "(des titres « Table 1 », « Atelier 2 », « Groupe III »… sont attendus). Dans l’aperçu, donnez le rôle « Table » aux titres des tables.",
    );
  }

  const text = (kind: string) =>
    sections
      .filter((s) => s.kind === kind && "blocks" in s)
      .map((s) => blocksToMarkdown((s as { blocks: Block[] }).blocks))
      .join("\n\n")
      .trim();
  const titleOf = (kind: string) => {
    const found = sections.find((s) => s.kind === kind && "title" in s);
    return found && "title" in found ? found.title : null;
  };

  // Front matter: the first headings are the title and subtitle.
  const frontHeadings = sections[0]!.kind === "front" ? sections[0]!.blocks.filter((b) => b.type === "heading") : [];
  const title = frontHeadings[0]?.text ?? "Grande Rencontre";
  const subtitle = frontHeadings[1]?.text ?? null;
  if (frontHeadings.length === 0) warn("Aucun titre en tête du document : titre « Grande Rencontre » retenu.", null, "no-title");

  const introduction = text("introduction");
  // The title block and the opening paragraphs: where a compte rendu says where and when.
  const front = sections[0]!.kind === "front" ? sections[0]!.blocks : [];
  const frontParagraphs = front.filter((b) => b.type !== "heading").map((b) => b.text);
  const opening = [...front.map((b) => b.text), introduction.slice(0, 4000)];
  const city =
    options.city?.trim() ||
    findCityAnywhere(
      frontHeadings.map((b) => b.text),
      [...frontParagraphs, introduction.slice(0, 4000)],
    );
  if (!city) return fail(MISSING_CITY);
  const date = options.date ?? findDateAnywhere(opening) ?? findDateAnywhere([source.slice(0, 20_000)]);
  if (!date) warn(MISSING_DATE, null, "no-date");
  const venue = findVenue(introduction);
  if (!venue) warn("Lieu de la rencontre introuvable dans l'introduction : à compléter.", null, "no-venue");
  const partners = findPartners(introduction);

  // Round table: the first paragraph naming moderator and panel; the rest is its text.
  const roundTable = sections.find((s) => s.kind === "roundTable");
  let moderators: PersonRef[] = [];
  let panelists: PersonRef[] = [];
  let roundTableBlocks: Block[] = [];
  if (roundTable && "blocks" in roundTable) {
    roundTableBlocks = roundTable.blocks.filter((block) => {
      if (moderators.length + panelists.length > 0 || block.type !== "paragraph") return true;
      const people = parseRoundTablePeople(block.text);
      if (!people) return true;
      moderators = people.moderators;
      panelists = people.panelists;
      for (const entry of people.rejected)
        warn(`Table ronde : intervenant·e illisible « ${entry} », ignoré·e.`, block.line, "participant-unreadable");
      return false;
    });
    if (moderators.length + panelists.length === 0) warn("Table ronde : ni animation ni panel trouvés.", null, "round-table");
  }

  // Tables, in number order.
  const seen = new Set<number>();
  const annex = annexPeople(sections, warn);
  const rawTables = tableSections
    .filter((section) => {
      if (!seen.has(section.number)) return seen.add(section.number);
      warn(`La table ${section.number} apparaît deux fois : la seconde est ignorée.`, section.line, "duplicate-table");
      return false;
    })
    .map((section) => parseTable(section, annex, warn))
    .sort((a, b) => a.number - b.number);

  // Everyone's organisation is a known organisation, to find where items cite them.
  const docOrganisations = [...rawTables.flatMap((t) => t.participants), ...moderators, ...panelists].flatMap((p) =>
    p.organisation ? [p.organisation] : [],
  );
  const organisers = (options.organisers ?? []).map((o) => o.trim()).filter(Boolean);
  const known: KnownOrganisation[] = [
    ...(options.knownOrganisations ?? []),
    ...[...docOrganisations, ...partners, ...organisers].map((name) => ({ name })),
  ];
  const withMentions = (item: Omit<ParsedItem, "mentions">): ParsedItem => ({ ...item, mentions: findMentions(item.text, known) });
  const objectiveLines = new Map(rawTables.map((t) => [t.number, t.objectiveLines]));
  const tables: ParsedTable[] = rawTables.map(({ objectiveLines: _lines, ...t }) => ({
    ...t,
    examples: t.examples.map(withMentions),
    ideas: t.ideas.map(withMentions),
  }));

  // General synthesis.
  const general = sections.find((s): s is Extract<Section, { kind: "generalSynthesis" }> => s.kind === "generalSynthesis");
  if (!general) warn("Pas de « Synthèse générale » dans le document.", null, "no-synthesis");
  const ideas = candidatesOf(tables, "IDEA");
  const examples = candidatesOf(tables, "EXAMPLE");
  const synthesisGroups: SynthesisGroupParsed[] = [];
  let synthesisExamplesIntro = "";
  let synthesisIdeasIntro = "";

  const examplePart = general?.parts.examples;
  if (examplePart) {
    synthesisExamplesIntro = blocksToMarkdown(examplePart.blocks.filter((b) => b.type !== "item"));
    examplePart.blocks
      .filter((b) => b.type === "item")
      .forEach((block) => {
        const { label, text: entry } = splitPurposeItem(block.text);
        const links = linkByCitation(entry, examples);
        if (links.length === 0)
          warn(
            `Synthèse générale, exemples : « ${stripMarkup(entry).slice(0, 80)} » ne correspond à aucun exemple des tables.`,
            block.line,
            "synthesis-unlinked",
          );
        synthesisGroups.push({ section: "EXAMPLES_BY_PURPOSE", label, consolidatedIndex: null, entries: [{ text: entry, links }] });
      });
  }
  const ideaPart = general?.parts.ideas;
  if (ideaPart) {
    synthesisIdeasIntro = blocksToMarkdown(ideaPart.blocks.filter((b) => b.type !== "item"));
    ideaPart.blocks
      .filter((b) => b.type === "item")
      .forEach((block) => {
        const { label, entries } = splitThemeItem(block.text);
        if (!label) warn("Pistes de la synthèse sans thème (« Thème : … » attendu) ; conservées sans thème.", block.line, "synthesis-no-theme");
        synthesisGroups.push({
          section: "IDEAS_BY_THEME",
          label,
          consolidatedIndex: null,
          entries: entries.map((entry) => {
            const links = linkByKeywords(entry, ideas);
            if (links.length === 0) {
              warn(
                `Synthèse générale, thème « ${label ?? "sans thème"} » : « ${stripMarkup(entry).slice(0, 80)} » ne correspond à aucune piste des tables.`,
                block.line,
                "synthesis-unlinked",
              );
            }
            return { text: entry, links };
          }),
        });
      });
  } else if (general) warn("Synthèse générale : pas de pistes regroupées par thème.", null, "no-synthesis");

  // Appendix: consolidated objectives, then examples and ideas grouped per objective.
  const appendix = sections.filter((s): s is Extract<Section, { kind: "appendix" }> => s.kind === "appendix");
  const consolidatedObjectives = appendix
    .filter((s) => s.part === "objectives")
    .flatMap((s) => itemsOf(s.blocks, "objectifs consolidés", warn))
    .map(stripMarkup);
  if (consolidatedObjectives.length === 0)
    warn("Aucune liste d'objectifs consolidés (« Objectifs ») après la synthèse générale.", null, "no-consolidated");

  for (const section of appendix.filter((s) => s.part !== "objectives")) {
    const kind = section.part === "ideas" ? "IDEA" : "EXAMPLE";
    const groups = groupNested(section.blocks);
    const byObjective =
      consolidatedObjectives.length > 0 &&
      (groups.length === consolidatedObjectives.length || /objectif/i.test(section.title)) &&
      groups.length <= consolidatedObjectives.length;
    if (!byObjective && consolidatedObjectives.length > 0) {
      warn(
        `« ${section.title} » : ${groups.length} groupes pour ${consolidatedObjectives.length} objectifs consolidés ; groupes conservés sans objectif.`,
        section.blocks[0]?.line ?? null,
        "groups-mismatch",
      );
    }
    groups.forEach((entries, index) => {
      synthesisGroups.push({
        section: kind === "IDEA" ? "IDEAS_BY_OBJECTIVE" : "EXAMPLES_BY_OBJECTIVE",
        label: null,
        consolidatedIndex: byObjective ? index : null,
        entries: entries.map((entry) => {
          const links = linkBySimilarity(entry, kind === "IDEA" ? ideas : examples);
          if (links.length === 0)
            warn(
              `« ${section.title} » : « ${stripMarkup(entry).slice(0, 80)} » ne correspond à aucun élément des tables.`,
              section.blocks[0]?.line ?? null,
              "synthesis-unlinked",
            );
          return { text: entry, links };
        }),
      });
    });
  }

  for (const table of tables) {
    for (const [index, objective] of table.objectives.entries()) {
      objective.consolidatedIndex = matchObjective(objective.text, consolidatedObjectives);
      if (objective.consolidatedIndex === null && consolidatedObjectives.length > 0) {
        warn(
          `Table ${table.number} : objectif « ${objective.text} » rattaché à aucun objectif consolidé.`,
          objectiveLines.get(table.number)?.[index] ?? null,
          "objective-unlinked",
        );
      }
    }
  }

  const candidate = {
    title,
    subtitle,
    city,
    date,
    edition: findEdition(introduction),
    venueName: venue?.name ?? null,
    venueDescription: venue?.description ?? null,
    introduction,
    studyTitle: titleOf("study"),
    study: text("study"),
    roundTableText: blocksToMarkdown(roundTableBlocks),
    moderators,
    panelists,
    workshopFormat: text("workshops"),
    closingText: text("closing"),
    organisers,
    partners,
    tables,
    synthesisObjectives: general?.parts.objectives ? blocksToMarkdown(general.parts.objectives.blocks) : "",
    synthesisExamplesIntro,
    synthesisIdeasIntro,
    consolidatedObjectives,
    synthesisGroups,
    relations: findRelations(tables),
  };

  const parsed = CompteRenduSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(`Compte rendu incohérent (${issue.path.join(".") || "document"}) : ${issue.message}`);
  }
  return { ok: true, data: parsed.data, warnings, outline };
}

/**
 * "Label :<space>body" with a label of 3 to 200 characters on one line, by index: the regex
 * `/^([^:\n]{3,200}?)\s*:\s*\s([\s\S]+)$/` it replaces backtracks on long runs of spaces.
 */
function splitAtLabel(text: string): { label: string; body: string } | null {
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const before = text.slice(0, colon);
  const labelLength = Math.max(3, before.trimEnd().length);
  if (before.length < 3 || labelLength > 200 || before.slice(0, labelLength).includes("\n")) return null;
  const after = text.slice(colon + 1);
  const spaces = after.length - after.trimStart().length;
  if (spaces < 1 || after.length < 2) return null;
  return { label: before.slice(0, labelLength), body: spaces < after.length ? after.slice(spaces) : after.slice(-1) };
}
