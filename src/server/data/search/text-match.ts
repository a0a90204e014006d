import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { queryTerms } from "@/lib/search/search-text";

/**
 * The SQL condition "item i matches the words of q", for SQLite: every word must begin a
 * word of the item's search text (FTS5 prefix query on the folded text, so accents, case
 * and simple plurals do not matter). A PostgreSQL implementation provides the same
 * condition with its own full-text search; nothing else in the catalogue changes.
 */
export function textMatchCondition(q: string): Prisma.Sql | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  // Terms are [a-z0-9]+ only: safe inside the quoted FTS5 strings.
  const match = terms.map((term) => `"${term}"*`).join(" AND ");
  return Prisma.sql`i.rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH ${match})`;
}
