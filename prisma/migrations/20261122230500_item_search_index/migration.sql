-- Full-text index of examples and ideas (SQLite FTS5), kept in step with Item.searchText
-- by triggers. Prisma does not model virtual tables: this migration is written by hand and
-- only src/server/search/ queries it. Item.searchText is already folded (no case, no
-- accents); prefix queries match word beginnings and plurals.
CREATE VIRTUAL TABLE "ItemSearch" USING fts5(
    "searchText",
    content = 'Item',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3 4'
);

INSERT INTO "ItemSearch"("rowid", "searchText") SELECT "rowid", "searchText" FROM "Item";

CREATE TRIGGER "Item_search_insert" AFTER INSERT ON "Item" BEGIN
    INSERT INTO "ItemSearch"("rowid", "searchText") VALUES (new."rowid", new."searchText");
END;

CREATE TRIGGER "Item_search_delete" AFTER DELETE ON "Item" BEGIN
    INSERT INTO "ItemSearch"("ItemSearch", "rowid", "searchText") VALUES ('delete', old."rowid", old."searchText");
END;

CREATE TRIGGER "Item_search_update" AFTER UPDATE OF "searchText" ON "Item" BEGIN
    INSERT INTO "ItemSearch"("ItemSearch", "rowid", "searchText") VALUES ('delete', old."rowid", old."searchText");
    INSERT INTO "ItemSearch"("rowid", "searchText") VALUES (new."rowid", new."searchText");
END;
