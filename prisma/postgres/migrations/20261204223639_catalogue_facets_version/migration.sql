-- AlterTable
ALTER TABLE "CatalogueState" ADD COLUMN     "facetsVersion" INTEGER NOT NULL DEFAULT 0;

