import "server-only";
import { publicName } from "@/lib/people/display-name";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { itemCardSelect, toItemCard } from "@/server/data/items/item-select";

export type TableDetail = NonNullable<Awaited<ReturnType<typeof getTable>>>;

/** One table of a published rencontre, with its neighbours for previous/next links; null when missing. */
export const getTable = cachedPublicRead("getTable", async (rencontreSlug: string, number: number) => {
  const table = await db.table.findFirst({
    where: { number, rencontre: { slug: rencontreSlug, status: "PUBLISHED" } },
    select: {
      id: true,
      number: true,
      title: true,
      notes: true,
      rencontre: { select: { id: true, slug: true, title: true, city: true, date: true } },
      participations: {
        orderBy: { position: "asc" },
        select: {
          statusLabel: true,
          person: { select: { fullName: true, visibility: true } },
          organisation: { select: { slug: true, name: true } },
        },
      },
      objectives: { orderBy: { position: "asc" }, select: { text: true, consolidatedObjective: { select: { text: true } } } },
      items: {
        orderBy: { position: "asc" },
        select: {
          ...itemCardSelect,
          relatedFrom: { select: { to: { select: { id: true, kind: true, text: true, table: { select: { number: true } } } } } },
          relatedTo: { select: { from: { select: { id: true, kind: true, text: true, table: { select: { number: true } } } } } },
          notes: { orderBy: { date: "asc" }, select: { date: true, status: true, text: true } },
        },
      },
    },
  });
  if (!table) return null;
  const numbers = await db.table.findMany({ where: { rencontreId: table.rencontre.id }, orderBy: { number: "asc" }, select: { number: true } });
  const index = numbers.findIndex((n) => n.number === number);
  const items = table.items.map((item) => ({
    ...toItemCard(item),
    related: [...item.relatedFrom.map((r) => r.to), ...item.relatedTo.map((r) => r.from)]
      .map((r) => ({ id: r.id, text: r.text, table: r.table.number }))
      .sort((a, b) => a.table - b.table),
    notes: item.notes,
  }));
  return {
    number: table.number,
    title: table.title,
    notes: table.notes,
    rencontre: { slug: table.rencontre.slug, title: table.rencontre.title, city: table.rencontre.city, date: table.rencontre.date },
    participants: table.participations.map((p) => ({ name: publicName(p.person), organisation: p.organisation, status: p.statusLabel })),
    objectives: table.objectives.map((o) => ({ text: o.text, consolidated: o.consolidatedObjective?.text ?? null })),
    examples: items.filter((i) => i.kind === "EXAMPLE"),
    ideas: items.filter((i) => i.kind === "IDEA"),
    previous: index > 0 ? numbers[index - 1]!.number : null,
    next: index >= 0 && index < numbers.length - 1 ? numbers[index + 1]!.number : null,
    tableCount: numbers.length,
  };
});
