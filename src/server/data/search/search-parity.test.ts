/**
 * The same words find the same examples and ideas on SQLite (FTS5) and on PostgreSQL
 * (unaccent text search, GIN index): the Paris 2021 compte rendu is loaded in the test's
 * database, copied to the other one, and every query is run on both.
 * Runs in the PostgreSQL pass of the suite (it needs both databases).
 */
import { copyFileSync, rmSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient, databaseKind, type Db } from "@/server/db";
import { transferDatabase } from "@/server/data/maintenance/transfer-database";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { BASE_DB, TMP_DIR } from "../../../../tests/setup/paths";
import { ownTextScore } from "@/lib/search/own-text-score";
import { queryTerms } from "@/lib/search/search-text";
import { textMatchCondition } from "./text-match";

const QUERIES = [
  "équipe", "equipe", "ÉQUIPES", "unités d'enseignement", "unite enseignement", "vis ma vie", "Vis ma vie d'une semaine",
  "immersion", "immersions", "stage", "stages", "café", "machines à café", "insertion", "emploi", "bénévoles", "benevolat",
  "formation", "formations", "travailleurs sociaux", "travailleur social", "entrepreneurs", "Caracol", "tirelires",
  "co-construction", "numérique", "jeunes", "logement", "santé", "ens", "pa", "2021", "xyzzy", "l'école",
];

async function matchingIds(client: Db, kind: "sqlite" | "postgresql", q: string): Promise<string[]> {
  const condition = textMatchCondition(q, kind)!;
  const rows = await client.$queryRaw<{ id: string }[]>`SELECT i.id FROM "Item" i WHERE ${condition}`;
  return rows.map((r) => r.id).sort();
}

/** The first page by relevance as searchItems orders it: words in the item's own text, then table and position. */
async function relevancePage(client: Db, kind: "sqlite" | "postgresql", q: string): Promise<string[]> {
  const condition = textMatchCondition(q, kind)!;
  const rows = await client.$queryRaw<{ id: string; searchText: string; number: number; position: number }[]>`SELECT i.id, i."searchText" AS "searchText", t.number, i.position
    FROM "Item" i JOIN "Table" t ON t.id = i."tableId" WHERE i.kind = 'IDEA' AND ${condition}`;
  const terms = queryTerms(q);
  const score = (r: (typeof rows)[number]) => ownTextScore(r.searchText, terms);
  return rows
    .sort((a, b) => score(b) - score(a) || Number(a.number) - Number(b.number) || Number(a.position) - Number(b.position))
    .slice(0, 20)
    .map((r) => r.id);
}

describe.skipIf(databaseKind !== "postgresql")("search on SQLite and PostgreSQL", () => {
  it(`finds the same items on both for ${QUERIES.length} queries (accents, plurals, word beginnings)`, async () => {
    await seedParis2021();
    const sqliteFile = path.join(TMP_DIR, `parite-${process.env.VITEST_POOL_ID ?? "0"}.db`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(sqliteFile + suffix, { force: true });
    copyFileSync(BASE_DB, sqliteFile);
    await transferDatabase(process.env.DATABASE_URL!, `file:${sqliteFile}`);
    const postgres = createPrismaClient(process.env.DATABASE_URL!);
    const sqlite = createPrismaClient(`file:${sqliteFile}`);
    try {
      let answered = 0;
      for (const q of QUERIES) {
        const onPostgres = await matchingIds(postgres, "postgresql", q);
        expect(onPostgres, q).toEqual(await matchingIds(sqlite, "sqlite", q));
        if (onPostgres.length > 0) answered += 1;
      }
      // The queries do find things (a parity of empty results would prove nothing).
      expect(answered).toBeGreaterThanOrEqual(15);
      // The relevance order is computed from the texts, not by bm25 or ts_rank: the same first page.
      const stage = await relevancePage(postgres, "postgresql", "stage");
      expect(stage.length).toBeGreaterThan(0);
      expect(stage).toEqual(await relevancePage(sqlite, "sqlite", "stage"));
    } finally {
      await Promise.all([postgres.$disconnect(), sqlite.$disconnect()]);
    }
  });
});
