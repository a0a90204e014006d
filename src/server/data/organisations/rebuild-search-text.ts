import "server-only";
import { buildSearchText } from "@/lib/search/search-text";
import type { Tx } from "@/server/db";

/** The ids of the items whose search text names this organisation: those citing it and those of its tables. */
export async function itemsLinkedTo(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx.item.findMany({
    where: { OR: [{ mentions: { some: { organisationId } } }, { table: { participations: { some: { organisationId } } } }] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Rebuilds the search text of these items from what the database now says (the FTS index follows by trigger). */
export async function rebuildSearchText(tx: Tx, itemIds: string[]): Promise<void> {
  if (itemIds.length === 0) return;
  const items = await tx.item.findMany({
    where: { id: { in: itemIds } },
    select: {
      id: true,
      text: true,
      searchText: true,
      keywords: { orderBy: { position: "asc" }, select: { term: true } },
      mentions: { select: { organisation: { select: { name: true } } } },
      table: { select: { participations: { orderBy: { position: "asc" }, select: { organisation: { select: { name: true } } } } } },
    },
  });
  for (const item of items) {
    const searchText = buildSearchText({
      text: item.text,
      keywords: item.keywords.map((k) => k.term),
      mentionedOrganisations: item.mentions.map((m) => m.organisation.name),
      tableOrganisations: [...new Set(item.table.participations.flatMap((p) => (p.organisation ? [p.organisation.name] : [])))],
    });
    if (searchText !== item.searchText) await tx.item.update({ where: { id: item.id }, data: { searchText } });
  }
}
