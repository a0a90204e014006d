import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { buildSearchText } from "@/lib/search/search-text";
import { generateSynthetic } from "./generate";

const dir = mkdtempSync(path.join(tmpdir(), "rencontres-synth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the synthetic data generator", () => {
  it("writes the requested size, with search texts built as the importer builds them", () => {
    const file = path.join(dir, "synth.db");
    const counts = generateSynthetic(file, 600);
    expect(counts).toMatchObject({ rencontres: 10, tables: 80, ideas: 600, examples: expect.any(Number) });
    expect(counts.examples).toBeGreaterThan(350);
    const db = new Database(file, { readonly: true });
    try {
      const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
      expect(count(`SELECT COUNT(*) AS n FROM "Item" WHERE kind = 'IDEA'`)).toBe(600);
      expect(count(`SELECT COUNT(DISTINCT city) AS n FROM "Rencontre"`)).toBe(10);
      // The FTS index follows the items (triggers), so the catalogue search works on it.
      expect(count(`SELECT COUNT(*) AS n FROM "ItemSearch" WHERE "ItemSearch" MATCH '"formation"*'`)).toBeGreaterThan(0);
      const sample = db.prepare(`SELECT i.id, i.text, i.searchText FROM "Item" i LIMIT 20`).all() as {
        id: string;
        text: string;
        searchText: string;
      }[];
      for (const item of sample) {
        const keywords = (db.prepare(`SELECT term FROM "ItemKeyword" WHERE itemId = ? ORDER BY position`).all(item.id) as { term: string }[]).map(
          (k) => k.term,
        );
        expect(item.searchText.startsWith(buildSearchText({ text: item.text, keywords }))).toBe(true);
      }
    } finally {
      db.close();
    }
  });
});
