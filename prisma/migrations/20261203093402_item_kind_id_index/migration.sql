-- CreateIndex
CREATE INDEX "Item_kind_id_idx" ON "Item"("kind", "id");

