-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "slug" TEXT;

-- CreateTable
CREATE TABLE "IdeaStatusChange" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "status" "IdeaStatus" NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL,
    "authorUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdeaStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IdeaStatusChange_itemId_changedAt_idx" ON "IdeaStatusChange"("itemId", "changedAt");

-- CreateIndex
CREATE INDEX "IdeaStatusChange_authorUserId_idx" ON "IdeaStatusChange"("authorUserId");

-- CreateIndex
CREATE UNIQUE INDEX "Item_slug_key" ON "Item"("slug");

-- AddForeignKey
ALTER TABLE "IdeaStatusChange" ADD CONSTRAINT "IdeaStatusChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdeaStatusChange" ADD CONSTRAINT "IdeaStatusChange_authorUserId_fkey" FOREIGN KEY ("authorUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

