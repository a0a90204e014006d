-- CreateEnum
CREATE TYPE "RencontreStatus" AS ENUM ('DRAFT', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('ASSOCIATION', 'COLLECTIVITE', 'ENTREPRISE_SOCIALE', 'ENTREPRISE', 'FONDATION', 'ADMINISTRATION', 'ECOLE', 'RESEAU', 'MEDIA', 'AUTRE', 'NON_RENSEIGNE');

-- CreateEnum
CREATE TYPE "OrganisationRole" AS ENUM ('ORGANISER', 'PARTNER');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'HIDDEN');

-- CreateEnum
CREATE TYPE "SpeakerRole" AS ENUM ('MODERATOR', 'PANELIST');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('EXAMPLE', 'IDEA');

-- CreateEnum
CREATE TYPE "IdeaStatus" AS ENUM ('PROPOSEE', 'EN_COURS', 'REALISEE', 'ABANDONNEE');

-- CreateEnum
CREATE TYPE "SynthesisSection" AS ENUM ('EXAMPLES_BY_PURPOSE', 'IDEAS_BY_THEME', 'EXAMPLES_BY_OBJECTIVE', 'IDEAS_BY_OBJECTIVE');

-- CreateTable
CREATE TABLE "Rencontre" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "edition" INTEGER,
    "city" TEXT NOT NULL,
    "cityKey" TEXT NOT NULL,
    "territory" TEXT,
    "date" TIMESTAMP(3),
    "venueName" TEXT,
    "venueDescription" TEXT,
    "introduction" TEXT NOT NULL DEFAULT '',
    "studyTitle" TEXT,
    "study" TEXT NOT NULL DEFAULT '',
    "roundTableText" TEXT NOT NULL DEFAULT '',
    "workshopFormat" TEXT NOT NULL DEFAULT '',
    "closingText" TEXT NOT NULL DEFAULT '',
    "synthesisObjectives" TEXT NOT NULL DEFAULT '',
    "synthesisExamplesIntro" TEXT NOT NULL DEFAULT '',
    "synthesisIdeasIntro" TEXT NOT NULL DEFAULT '',
    "status" "RencontreStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "sourceName" TEXT,
    "sourceKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Rencontre_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'NON_RENSEIGNE',
    "website" TEXT,
    "city" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RencontreOrganisation" (
    "rencontreId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "OrganisationRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RencontreOrganisation_pkey" PRIMARY KEY ("rencontreId","organisationId","role")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "firstName" TEXT,
    "lastName" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Speaker" (
    "id" TEXT NOT NULL,
    "rencontreId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "role" "SpeakerRole" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Speaker_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Table" (
    "id" TEXT NOT NULL,
    "rencontreId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Table_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participation" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "organisationId" TEXT,
    "statusLabel" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "Participation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsolidatedObjective" (
    "id" TEXT NOT NULL,
    "rencontreId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ConsolidatedObjective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objective" (
    "id" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "consolidatedObjectiveId" TEXT,

    CONSTRAINT "Objective_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Item" (
    "id" TEXT NOT NULL,
    "kind" "ItemKind" NOT NULL,
    "rencontreId" TEXT NOT NULL,
    "tableId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "plainText" TEXT NOT NULL,
    "searchText" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "IdeaStatus",
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemKeyword" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "term" TEXT NOT NULL,
    "termKey" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ItemKeyword_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameKey" TEXT NOT NULL,
    "description" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ItemTheme" (
    "itemId" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,

    CONSTRAINT "ItemTheme_pkey" PRIMARY KEY ("itemId","themeId")
);

-- CreateTable
CREATE TABLE "ItemMention" (
    "itemId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,

    CONSTRAINT "ItemMention_pkey" PRIMARY KEY ("itemId","organisationId")
);

-- CreateTable
CREATE TABLE "ItemRelation" (
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,

    CONSTRAINT "ItemRelation_pkey" PRIMARY KEY ("fromId","toId")
);

-- CreateTable
CREATE TABLE "FollowUpNote" (
    "id" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "status" "IdeaStatus",
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FollowUpNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynthesisGroup" (
    "id" TEXT NOT NULL,
    "rencontreId" TEXT NOT NULL,
    "section" "SynthesisSection" NOT NULL,
    "label" TEXT,
    "themeId" TEXT,
    "consolidatedObjectiveId" TEXT,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SynthesisGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynthesisEntry" (
    "id" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SynthesisEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SynthesisEntryItem" (
    "entryId" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,

    CONSTRAINT "SynthesisEntryItem_pkey" PRIMARY KEY ("entryId","itemId")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "data" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Rencontre_slug_key" ON "Rencontre"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Rencontre_sourceKey_key" ON "Rencontre"("sourceKey");

-- CreateIndex
CREATE INDEX "Rencontre_status_date_idx" ON "Rencontre"("status", "date");

-- CreateIndex
CREATE INDEX "Rencontre_cityKey_idx" ON "Rencontre"("cityKey");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_nameKey_key" ON "Organisation"("nameKey");

-- CreateIndex
CREATE INDEX "Organisation_name_idx" ON "Organisation"("name");

-- CreateIndex
CREATE INDEX "RencontreOrganisation_organisationId_idx" ON "RencontreOrganisation"("organisationId");

-- CreateIndex
CREATE INDEX "Person_nameKey_idx" ON "Person"("nameKey");

-- CreateIndex
CREATE INDEX "Speaker_personId_idx" ON "Speaker"("personId");

-- CreateIndex
CREATE INDEX "Speaker_organisationId_idx" ON "Speaker"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Speaker_rencontreId_personId_role_key" ON "Speaker"("rencontreId", "personId", "role");

-- CreateIndex
CREATE UNIQUE INDEX "Table_rencontreId_number_key" ON "Table"("rencontreId", "number");

-- CreateIndex
CREATE INDEX "Participation_personId_idx" ON "Participation"("personId");

-- CreateIndex
CREATE INDEX "Participation_organisationId_idx" ON "Participation"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Participation_tableId_personId_key" ON "Participation"("tableId", "personId");

-- CreateIndex
CREATE INDEX "ConsolidatedObjective_rencontreId_position_idx" ON "ConsolidatedObjective"("rencontreId", "position");

-- CreateIndex
CREATE INDEX "Objective_tableId_position_idx" ON "Objective"("tableId", "position");

-- CreateIndex
CREATE INDEX "Objective_consolidatedObjectiveId_idx" ON "Objective"("consolidatedObjectiveId");

-- CreateIndex
CREATE INDEX "Item_kind_rencontreId_idx" ON "Item"("kind", "rencontreId");

-- CreateIndex
CREATE INDEX "Item_kind_status_idx" ON "Item"("kind", "status");

-- CreateIndex
CREATE INDEX "Item_tableId_kind_position_idx" ON "Item"("tableId", "kind", "position");

-- CreateIndex
CREATE INDEX "ItemKeyword_termKey_idx" ON "ItemKeyword"("termKey");

-- CreateIndex
CREATE UNIQUE INDEX "ItemKeyword_itemId_termKey_key" ON "ItemKeyword"("itemId", "termKey");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_nameKey_key" ON "Theme"("nameKey");

-- CreateIndex
CREATE INDEX "ItemTheme_themeId_idx" ON "ItemTheme"("themeId");

-- CreateIndex
CREATE INDEX "ItemMention_organisationId_idx" ON "ItemMention"("organisationId");

-- CreateIndex
CREATE INDEX "ItemRelation_toId_idx" ON "ItemRelation"("toId");

-- CreateIndex
CREATE INDEX "FollowUpNote_itemId_date_idx" ON "FollowUpNote"("itemId", "date");

-- CreateIndex
CREATE INDEX "SynthesisGroup_rencontreId_section_position_idx" ON "SynthesisGroup"("rencontreId", "section", "position");

-- CreateIndex
CREATE INDEX "SynthesisGroup_themeId_idx" ON "SynthesisGroup"("themeId");

-- CreateIndex
CREATE INDEX "SynthesisEntry_groupId_position_idx" ON "SynthesisEntry"("groupId", "position");

-- CreateIndex
CREATE INDEX "SynthesisEntryItem_itemId_idx" ON "SynthesisEntryItem"("itemId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- AddForeignKey
ALTER TABLE "RencontreOrganisation" ADD CONSTRAINT "RencontreOrganisation_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RencontreOrganisation" ADD CONSTRAINT "RencontreOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Speaker" ADD CONSTRAINT "Speaker_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Table" ADD CONSTRAINT "Table_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "Table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participation" ADD CONSTRAINT "Participation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsolidatedObjective" ADD CONSTRAINT "ConsolidatedObjective_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "Table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objective" ADD CONSTRAINT "Objective_consolidatedObjectiveId_fkey" FOREIGN KEY ("consolidatedObjectiveId") REFERENCES "ConsolidatedObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Item" ADD CONSTRAINT "Item_tableId_fkey" FOREIGN KEY ("tableId") REFERENCES "Table"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemKeyword" ADD CONSTRAINT "ItemKeyword_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemTheme" ADD CONSTRAINT "ItemTheme_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemTheme" ADD CONSTRAINT "ItemTheme_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemMention" ADD CONSTRAINT "ItemMention_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemMention" ADD CONSTRAINT "ItemMention_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRelation" ADD CONSTRAINT "ItemRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ItemRelation" ADD CONSTRAINT "ItemRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FollowUpNote" ADD CONSTRAINT "FollowUpNote_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisGroup" ADD CONSTRAINT "SynthesisGroup_rencontreId_fkey" FOREIGN KEY ("rencontreId") REFERENCES "Rencontre"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisGroup" ADD CONSTRAINT "SynthesisGroup_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisGroup" ADD CONSTRAINT "SynthesisGroup_consolidatedObjectiveId_fkey" FOREIGN KEY ("consolidatedObjectiveId") REFERENCES "ConsolidatedObjective"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisEntry" ADD CONSTRAINT "SynthesisEntry_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "SynthesisGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisEntryItem" ADD CONSTRAINT "SynthesisEntryItem_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "SynthesisEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SynthesisEntryItem" ADD CONSTRAINT "SynthesisEntryItem_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

