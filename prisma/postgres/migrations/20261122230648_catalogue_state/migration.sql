-- CreateTable
CREATE TABLE "CatalogueState" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CatalogueState_pkey" PRIMARY KEY ("id")
);

