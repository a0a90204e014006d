import type { ItemKindValue, ItemRef, ParsedTable } from "@/lib/schemas/compte-rendu";
import { containsPhrase, extractBold, foldText, paddedPhrase, similarity } from "@/lib/text/normalize";

/** A table item with its address, as the linking functions see it. */
export type Candidate = { ref: ItemRef; text: string; keywords: string[] };

export function candidatesOf(tables: ParsedTable[], kind: ItemKindValue): Candidate[] {
  return tables.flatMap((table) =>
    (kind === "IDEA" ? table.ideas : table.examples).map((item, index) => ({
      ref: { table: table.number, kind, index },
      text: item.text,
      keywords: item.keywords,
    })),
  );
}

function keywordsMeet(a: string, b: string): boolean {
  return containsPhrase(a, b) || containsPhrase(b, a);
}

/**
 * Links a synthesis entry that rewords table items through its bold keywords: the items
 * sharing the most keywords with it win. When one of them is nearly the same sentence and
 * the others are not, only that one is kept ("**rencontres** dans des lieux publics" is
 * table 3's idea, not every idea about meetings).
 */
export function linkByKeywords(entry: string, candidates: Candidate[]): ItemRef[] {
  const entryKeywords = extractBold(entry);
  const scored = candidates.map((candidate) => ({
    candidate,
    count: entryKeywords.filter((k) => candidate.keywords.some((ck) => keywordsMeet(k, ck))).length,
  }));
  const best = Math.max(0, ...scored.map((s) => s.count));
  if (best === 0) return linkBySimilarity(entry, candidates, 0.5);
  const top = scored.filter((s) => s.count === best).map((s) => ({ ...s, sim: similarity(entry, s.candidate.text) }));
  const dominant = top.filter((s) => s.sim >= 0.7);
  if (dominant.length === 1 && top.every((s) => s === dominant[0] || s.sim < 0.4)) return [dominant[0]!.candidate.ref];
  return top.map((s) => s.candidate.ref);
}

/**
 * Links a prose synthesis entry that cites items by name: an item is linked when one of its
 * keywords appears in the entry, or meets one of the entry's bold terms.
 */
export function linkByCitation(entry: string, candidates: Candidate[]): ItemRef[] {
  const entryKeywords = extractBold(entry);
  return candidates
    .filter((c) => c.keywords.some((k) => containsPhrase(entry, k)) || entryKeywords.some((k) => c.keywords.some((ck) => keywordsMeet(k, ck))))
    .map((c) => c.ref);
}

/** Links a near-verbatim copy of items: the most similar item, and any other nearly as close. */
export function linkBySimilarity(entry: string, candidates: Candidate[], threshold = 0.35): ItemRef[] {
  const scored = candidates.map((c) => ({ ref: c.ref, sim: similarity(entry, c.text) })).sort((a, b) => b.sim - a.sim);
  const best = scored[0];
  if (!best || best.sim < threshold) return [];
  return scored.filter((s) => s === best || s.sim >= Math.max(0.5, best.sim - 0.1)).map((s) => s.ref);
}

/** The consolidated objective a table objective belongs to, by shared words (null if none is close). */
export function matchObjective(objective: string, consolidated: string[], threshold = 0.2): number | null {
  let bestIndex: number | null = null;
  let bestScore = threshold;
  consolidated.forEach((text, index) => {
    const score = similarity(objective, text);
    if (score > bestScore || (score === bestScore && bestIndex === null && score >= threshold)) {
      bestScore = score;
      bestIndex = index;
    }
  });
  return bestIndex;
}

/** Items of the same kind raised at different tables that share a keyword ("Vis ma vie" at tables 3 and 5). */
export function findRelations(tables: ParsedTable[]): [ItemRef, ItemRef][] {
  const relations: [ItemRef, ItemRef][] = [];
  for (const kind of ["EXAMPLE", "IDEA"] as const) {
    const candidates = candidatesOf(tables, kind).map((c) => ({ ...c, keys: new Set(c.keywords.map(foldText)) }));
    candidates.forEach((a, i) => {
      for (const b of candidates.slice(i + 1)) {
        if (a.ref.table !== b.ref.table && [...a.keys].some((k) => b.keys.has(k))) relations.push([a.ref, b.ref]);
      }
    });
  }
  return relations;
}

/** A known organisation: its name and the other names it goes by. */
export type KnownOrganisation = { name: string; aliases?: string[] };

type MentionIndex = Map<string, { phrase: string; name: string }[]>;
const mentionIndexes = new WeakMap<KnownOrganisation[], MentionIndex>();

/** The organisations' names and aliases by their first word, built once per list. */
function mentionIndex(organisations: KnownOrganisation[]): MentionIndex {
  let index = mentionIndexes.get(organisations);
  if (index) return index;
  index = new Map();
  for (const org of organisations) {
    for (const name of [org.name, ...(org.aliases ?? [])]) {
      const phrase = paddedPhrase(name);
      if (name.length < 3 || phrase.length <= 2) continue;
      const first = phrase.slice(1, phrase.indexOf(" ", 1));
      const entries = index.get(first) ?? [];
      entries.push({ phrase, name: org.name });
      index.set(first, entries);
    }
  }
  mentionIndexes.set(organisations, index);
  return index;
}

/**
 * The organisations whose name or alias appears in a text, by their main name, in the list's
 * order. Only the names starting with one of the text's words are tried: the cost follows the
 * text, not the number of organisations known.
 */
export function findMentions(text: string, organisations: KnownOrganisation[]): string[] {
  const haystack = paddedPhrase(text);
  const index = mentionIndex(organisations);
  const found = new Set<string>();
  for (const word of new Set(haystack.trim().split(" "))) {
    for (const entry of index.get(word) ?? []) if (haystack.includes(entry.phrase)) found.add(entry.name);
  }
  const ordered = organisations.filter((org) => found.has(org.name));
  return [...new Map(ordered.map((org) => [foldText(org.name), org.name])).values()];
}
