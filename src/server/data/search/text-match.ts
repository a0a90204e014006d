import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { queryTerms } from "@/lib/search/search-text";
import { databaseKind } from "@/server/db";

/**
 * The SQL condition "item i matches the words of q": every word must begin a word of the
 * item's search text (folded, so accents and case do not matter, and reduced to a stem by
 * queryTerms, so simple plurals do not either).
 * - SQLite: an FTS5 prefix query on the "ItemSearch" table.
 * - PostgreSQL: a prefix tsquery on the GIN-indexed to_tsvector('rencontres_fr', searchText)
 *   (unaccent, no stemming dictionary), so both databases return the same items.
 */
export function textMatchCondition(q: string, kind: typeof databaseKind = databaseKind): Prisma.Sql | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  // Terms are [a-z0-9]+ only: safe inside the quoted FTS5 strings and as tsquery lexemes.
  if (kind === "postgresql") {
    const query = terms.map((term) => `${term}:*`).join(" & ");
    return Prisma.sql`to_tsvector('rencontres_fr'::regconfig, i."searchText") @@ to_tsquery('rencontres_fr'::regconfig, ${query})`;
  }
  const match = terms.map((term) => `"${term}"*`).join(" AND ");
  return Prisma.sql`i.rowid IN (SELECT rowid FROM "ItemSearch" WHERE "ItemSearch" MATCH ${match})`;
}
