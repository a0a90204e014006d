-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CatalogueState" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "facetsVersion" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_CatalogueState" ("id", "updatedAt", "version") SELECT "id", "updatedAt", "version" FROM "CatalogueState";
DROP TABLE "CatalogueState";
ALTER TABLE "new_CatalogueState" RENAME TO "CatalogueState";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

