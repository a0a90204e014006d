import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

export type ThemeSummary = { slug: string; name: string; description: string | null; ideas: number };

/** Every theme with the number of its published ideas, in the taxonomy's order. */
export const findThemesWithCounts = cachedPublicRead("findThemesWithCounts", async (): Promise<ThemeSummary[]> => {
  const themes = await db.theme.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      slug: true,
      name: true,
      description: true,
      _count: { select: { items: { where: { item: { kind: "IDEA", rencontre: { status: "PUBLISHED" } } } } } },
    },
  });
  return themes.map(({ _count, ...theme }) => ({ ...theme, ideas: _count.items }));
});
