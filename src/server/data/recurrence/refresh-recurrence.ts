import "server-only";
import { itemTerms } from "@/lib/recurrence/terms";
import { cosine, idf, probeTerms, shortList, type Posting, type TermWeights } from "@/lib/recurrence/similarity";
import type { Tx } from "@/server/db";

/** The cosine from which two items are proposed to the organisers (chosen on the labelled set, docs/performance.md). */
export const PROPOSAL_THRESHOLD = 0.45;
/** Rarest terms of an item through which its candidates are looked up. */
const PROBE_TERMS = 4;
/** Postings read for one probe term: a term this common weighs little, its heaviest rows are enough. */
const POSTINGS_PER_TERM = 500;
/** Nearest items of an item whose exact cosine is computed. */
const SHORT_LIST = 12;
/** Values per IN (…) list, below the 999 bound values of SQLite's driver. */
const CHUNK = 400;
/** Pairs per statement (two values each, and Prisma binds them twice: to find the rows, then to delete them). */
const PAIR_CHUNK = 200;

function chunks<T>(values: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

async function documentFrequencies(tx: Tx, terms: Iterable<string>, into: Map<string, number>): Promise<void> {
  const missing = [...new Set(terms)].filter((t) => !into.has(t));
  for (const part of chunks(missing)) {
    const counts = await tx.itemTerm.groupBy({ by: ["term"], where: { term: { in: part } }, _count: { _all: true } });
    for (const term of part) into.set(term, 0);
    for (const c of counts) into.set(c.term, c._count._all);
  }
}

async function postingsOf(tx: Tx, terms: string[], df: Map<string, number>): Promise<Posting[]> {
  const rare = terms.filter((t) => df.get(t)! <= POSTINGS_PER_TERM);
  const common = terms.filter((t) => df.get(t)! > POSTINGS_PER_TERM);
  const out: Posting[] = [];
  for (const part of chunks(rare)) out.push(...(await tx.itemTerm.findMany({ where: { term: { in: part } }, select: { itemId: true, term: true, weight: true } })));
  for (const term of common)
    out.push(...(await tx.itemTerm.findMany({ where: { term }, orderBy: { weight: "desc" }, take: POSTINGS_PER_TERM, select: { itemId: true, term: true, weight: true } })));
  return out;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Rewrites the recurrence index of these items (their text changed, or they are new) and
 * proposes the pairs they form with the catalogue's items of the same kind at other tables,
 * above PROPOSAL_THRESHOLD. Their former proposals are replaced; a confirmed or rejected pair
 * stays as decided and is never proposed again. Runs in the write's transaction (table save,
 * import), never on a public request. Returns the number of pairs proposed.
 */
export async function refreshRecurrence(tx: Tx, itemIds: readonly string[]): Promise<number> {
  const ids = [...new Set(itemIds)];
  if (ids.length === 0) return 0;
  const items: { id: string; kind: string; tableId: string; text: string; keywords: { term: string }[] }[] = [];
  for (const part of chunks(ids)) {
    items.push(...(await tx.item.findMany({ where: { id: { in: part } }, select: { id: true, kind: true, tableId: true, text: true, keywords: { select: { term: true } } } })));
    await tx.itemTerm.deleteMany({ where: { itemId: { in: part } } });
    // Read, then deleted by pair: Prisma deletes a compound key's rows by their keys, one bound value each.
    const former = await tx.itemLink.findMany({ where: { state: "PROPOSED", OR: [{ fromId: { in: part } }, { toId: { in: part } }] }, select: { fromId: true, toId: true } });
    for (const pairs of chunks(former, PAIR_CHUNK)) await tx.itemLink.deleteMany({ where: { OR: pairs } });
  }
  const terms = new Map<string, TermWeights>(items.map((i) => [i.id, itemTerms(i.text, i.keywords.map((k) => k.term))]));
  const rows = [...terms].flatMap(([itemId, weights]) => [...weights].map(([term, weight]) => ({ itemId, term, weight })));
  for (const part of chunks(rows, PAIR_CHUNK)) await tx.itemTerm.createMany({ data: part });

  const df = new Map<string, number>();
  await documentFrequencies(tx, rows.map((r) => r.term), df);
  const itemCount = await tx.item.count();
  const idfOf = (term: string) => idf(df.get(term) ?? 1, itemCount);
  const probes = new Map(items.map((i) => [i.id, probeTerms(terms.get(i.id)!, (t) => df.get(t) ?? 0, PROBE_TERMS)]));
  const postings = await postingsOf(tx, [...new Set([...probes.values()].flat())], df);
  const byTerm = new Map<string, Posting[]>();
  for (const p of postings) {
    const list = byTerm.get(p.term);
    if (list) list.push(p);
    else byTerm.set(p.term, [p]);
  }

  const wide = new Map(items.map((i) => [i.id, shortList(terms.get(i.id)!, probes.get(i.id)!.flatMap((t) => byTerm.get(t) ?? []), idfOf, (id) => id === i.id, SHORT_LIST * 3)]));
  const candidateIds = [...new Set([...wide.values()].flat())];
  const meta = new Map<string, { kind: string; tableId: string }>(items.map((i) => [i.id, i]));
  const others = candidateIds.filter((id) => !terms.has(id));
  for (const part of chunks(others)) {
    for (const m of await tx.item.findMany({ where: { id: { in: part } }, select: { id: true, kind: true, tableId: true } })) meta.set(m.id, m);
  }
  const shortLists = new Map(
    items.map((i) => [i.id, wide.get(i.id)!.filter((id) => meta.get(id)?.kind === i.kind && meta.get(id)?.tableId !== i.tableId).slice(0, SHORT_LIST)]),
  );
  const needed = [...new Set([...shortLists.values()].flat())].filter((id) => !terms.has(id));
  const candidateTerms = new Map<string, Map<string, number>>();
  for (const part of chunks(needed))
    for (const t of await tx.itemTerm.findMany({ where: { itemId: { in: part } }, select: { itemId: true, term: true, weight: true } })) {
      const map = candidateTerms.get(t.itemId) ?? new Map<string, number>();
      map.set(t.term, t.weight);
      candidateTerms.set(t.itemId, map);
    }
  await documentFrequencies(tx, [...candidateTerms.values()].flatMap((m) => [...m.keys()]), df);

  const decided = new Set<string>();
  for (const part of chunks(ids)) {
    const where = { OR: [{ fromId: { in: part } }, { toId: { in: part } }] };
    for (const l of await tx.itemLink.findMany({ where, select: { fromId: true, toId: true } })) decided.add(pairKey(l.fromId, l.toId));
    for (const r of await tx.itemRelation.findMany({ where, select: { fromId: true, toId: true } })) decided.add(pairKey(r.fromId, r.toId));
  }
  const proposals = new Map<string, { fromId: string; toId: string; score: number }>();
  for (const [id, list] of shortLists) {
    for (const other of list) {
      const key = pairKey(id, other);
      if (decided.has(key) || proposals.has(key)) continue;
      const score = cosine(terms.get(id)!, terms.get(other) ?? candidateTerms.get(other) ?? new Map(), idfOf);
      if (score < PROPOSAL_THRESHOLD) continue;
      const [fromId, toId] = id < other ? [id, other] : [other, id];
      proposals.set(key, { fromId, toId, score: Math.round(score * 1000) / 1000 });
    }
  }
  for (const part of chunks([...proposals.values()], PAIR_CHUNK)) await tx.itemLink.createMany({ data: part });
  return proposals.size;
}
