import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

export type ThemeAdminRow = {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  version: number;
  /** Ideas and examples of every rencontre, drafts included. */
  ideas: number;
  examples: number;
  synthesisGroups: number;
};

/** Every theme in the taxonomy's order, with what is filed under it (admins only). */
export async function findThemesForAdmin(actor: Actor): Promise<ThemeAdminRow[]> {
  assertOrganiser(actor);
  const [themes, ideas] = await Promise.all([
    db.theme.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, slug: true, name: true, description: true, version: true, _count: { select: { items: true, synthesisGroups: true } } },
    }),
    db.itemTheme.groupBy({ by: ["themeId"], where: { item: { kind: "IDEA" } }, _count: { _all: true } }),
  ]);
  const ideaCounts = new Map(ideas.map((row) => [row.themeId, row._count._all]));
  return themes.map(({ _count, ...theme }) => {
    const ideaCount = ideaCounts.get(theme.id) ?? 0;
    return { ...theme, ideas: ideaCount, examples: _count.items - ideaCount, synthesisGroups: _count.synthesisGroups };
  });
}
