-- AlterTable
ALTER TABLE "Item" ADD COLUMN "slug" TEXT;

-- CreateTable
CREATE TABLE "IdeaStatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "itemId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL,
    "authorUserId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IdeaStatusChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IdeaStatusChange_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IdeaStatusChange_itemId_changedAt_idx" ON "IdeaStatusChange"("itemId", "changedAt");

-- CreateIndex
CREATE INDEX "IdeaStatusChange_authorUserId_idx" ON "IdeaStatusChange"("authorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

