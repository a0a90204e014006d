import { db } from "@/server/db";

/**
 * A draft rencontre in Lyon with one idea in the theme "Apprentissage et formation": what the
 * open-data tests check never leaves (downloads, feeds, data package).
 */
export async function createDraftIdea({ title, text, searchText }: { title: string; text: string; searchText: string }) {
  const theme = await db.theme.findUniqueOrThrow({ where: { slug: "apprentissage-et-formation" }, select: { id: true } });
  const draft = await db.rencontre.create({ data: { slug: "brouillon-lyon", title, city: "Lyon", cityKey: "lyon", date: new Date("2026-03-01") } });
  const table = await db.table.create({ data: { rencontreId: draft.id, number: 1 } });
  await db.item.create({
    data: {
      kind: "IDEA",
      rencontreId: draft.id,
      tableId: table.id,
      text,
      plainText: text,
      searchText,
      position: 0,
      status: "PROPOSEE",
      themes: { create: { themeId: theme.id } },
    },
  });
  return draft;
}
