-- CreateTable
CREATE TABLE "ItemTerm" (
    "itemId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "weight" REAL NOT NULL,

    PRIMARY KEY ("itemId", "term"),
    CONSTRAINT "ItemTerm_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ItemLink" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'PROPOSED',
    "decidedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("fromId", "toId"),
    CONSTRAINT "ItemLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ItemTerm_term_weight_idx" ON "ItemTerm"("term", "weight");

-- CreateIndex
CREATE INDEX "ItemLink_toId_idx" ON "ItemLink"("toId");

-- CreateIndex
CREATE INDEX "ItemLink_state_score_idx" ON "ItemLink"("state", "score");

