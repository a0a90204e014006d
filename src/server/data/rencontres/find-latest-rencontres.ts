import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

export type RencontreCard = {
  slug: string;
  title: string;
  subtitle: string | null;
  city: string;
  date: Date | null;
  venueName: string | null;
  edition: number | null;
  tables: { number: number; participants: number; objectives: number; examples: number; ideas: number }[];
};

/** The latest published rencontres, newest first, with the counts of each table. */
export const findLatestRencontres = cachedPublicRead("findLatestRencontres", async (limit: number): Promise<RencontreCard[]> => {
  const rencontres = await db.rencontre.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ date: "desc" }, { createdAt: "desc" }],
    take: limit,
    select: {
      slug: true,
      title: true,
      subtitle: true,
      city: true,
      date: true,
      venueName: true,
      edition: true,
      tables: {
        orderBy: { number: "asc" },
        select: { id: true, number: true, _count: { select: { participations: true, objectives: true } } },
      },
    },
  });
  const tableIds = rencontres.flatMap((r) => r.tables.map((t) => t.id));
  const itemCounts = await db.item.groupBy({ by: ["tableId", "kind"], where: { tableId: { in: tableIds } }, _count: { _all: true } });
  const count = (tableId: string, kind: "EXAMPLE" | "IDEA") =>
    itemCounts.find((c) => c.tableId === tableId && c.kind === kind)?._count._all ?? 0;
  return rencontres.map(({ tables, ...rencontre }) => ({
    ...rencontre,
    tables: tables.map((t) => ({
      number: t.number,
      participants: t._count.participations,
      objectives: t._count.objectives,
      examples: count(t.id, "EXAMPLE"),
      ideas: count(t.id, "IDEA"),
    })),
  }));
});
