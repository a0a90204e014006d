-- CreateEnum
CREATE TYPE "ItemLinkState" AS ENUM ('PROPOSED', 'CONFIRMED', 'REJECTED');

-- CreateTable
CREATE TABLE "ItemTerm" (
    "itemId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "ItemTerm_pkey" PRIMARY KEY ("itemId","term")
);

-- CreateTable
CREATE TABLE "ItemLink" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "state" "ItemLinkState" NOT NULL DEFAULT 'PROPOSED',
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ItemLink_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateIndex
CREATE INDEX "ItemTerm_term_weight_idx" ON "ItemTerm"("term", "weight");

-- CreateIndex
CREATE INDEX "ItemLink_toId_idx" ON "ItemLink"("toId");

-- CreateIndex
CREATE INDEX "ItemLink_state_score_idx" ON "ItemLink"("state", "score");

-- AddForeignKey
ALTER TABLE "ItemTerm" ADD CONSTRAINT "ItemTerm_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLink" ADD CONSTRAINT "ItemLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemLink" ADD CONSTRAINT "ItemLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

