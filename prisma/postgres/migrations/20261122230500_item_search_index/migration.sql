-- This is an empty migration.


-- PostgreSQL only, written by hand: prisma/postgres/sql/20261122230500_item_search_index.sql
-- Full-text index of examples and ideas, the counterpart of SQLite's FTS5 table
-- "ItemSearch". Item."searchText" is already folded (no case, no accents) and the
-- configuration also removes accents (unaccent), so text that was not folded still
-- matches. No stemming dictionary: plurals are reduced by the app's own French stemmer on
-- the query side, and prefix queries (word:*) match word beginnings, exactly as the
-- SQLite prefix queries do, so both databases return the same results.
-- Only src/server/data/search/text-match.ts queries it.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION rencontres_fr (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION rencontres_fr
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH unaccent, simple;

CREATE INDEX "Item_searchText_fts" ON "Item"
    USING GIN (to_tsvector('rencontres_fr'::regconfig, "searchText"));
