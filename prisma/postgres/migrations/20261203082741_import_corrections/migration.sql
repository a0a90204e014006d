-- CreateTable
CREATE TABLE "ImportCorrection" (
    "sourceHash" TEXT NOT NULL,
    "rencontreId" TEXT,
    "corrections" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ImportCorrection_pkey" PRIMARY KEY ("sourceHash")
);

-- CreateIndex
CREATE INDEX "ImportCorrection_rencontreId_idx" ON "ImportCorrection"("rencontreId");

-- AddForeignKey
ALTER TABLE "ImportCorrection" ADD CONSTRAINT "ImportCorrection_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

