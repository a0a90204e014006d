-- CreateTable
CREATE TABLE "ImportCorrection" (
    "sourceHash" TEXT NOT NULL PRIMARY KEY,
    "rencontreId" TEXT,
    "corrections" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ImportCorrection_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ImportCorrection_rencontreId_idx" ON "ImportCorrection"("rencontreId");

