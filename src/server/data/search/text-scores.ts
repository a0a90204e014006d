import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { ownTextScore } from "@/lib/search/own-text-score";
import { db } from "@/server/db";
import type { IndexedKind } from "./build-facet-index";
import type { ItemKindValue } from "./item-filters";

/**
 * The text search, asked of the database (FTS5 or tsvector, text-match.ts): the ranks of the
 * published items it matches, ascending, and for each how many of the words its own text holds
 * (the rest were found in its table's organisations or keywords), the relevance order and
 * the card's "organisation présente à la table". The same on both databases: computed here.
 */
export async function textScores(
  items: IndexedKind,
  kind: ItemKindValue,
  condition: Prisma.Sql,
  terms: string[],
  withScores: boolean,
): Promise<{ candidates: Int32Array; scores: Uint8Array | null }> {
  // The texts only for the relevance order: the other orders need the ids alone (the page's own texts are read with it).
  const rows = withScores
    ? await db.$queryRaw<{ id: string; searchText: string }[]>`SELECT i.id, i."searchText" AS "searchText" FROM "Item" i WHERE i.kind = ${kind} AND ${condition}`
    : await db.$queryRaw<{ id: string; searchText?: string }[]>`SELECT i.id FROM "Item" i WHERE i.kind = ${kind} AND ${condition}`;
  const scores = withScores ? new Uint8Array(items.size) : null;
  const ranks: number[] = [];
  for (const row of rows) {
    // Drafts' items are not in the index.
    const rank = items.rankOf.get(row.id);
    if (rank === undefined) continue;
    ranks.push(rank);
    if (scores) scores[rank] = ownTextScore(row.searchText!, terms);
  }
  return { candidates: Int32Array.from(ranks).sort(), scores };
}
