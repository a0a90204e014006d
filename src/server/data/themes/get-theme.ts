import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { itemCardSelect, toItemCard, type ItemCardDto } from "@/server/data/items/item-select";

export const RENCONTRES_PER_THEME_PAGE = 10;

export type ThemeDetail = {
  slug: string;
  name: string;
  description: string | null;
  ideaCount: number;
  rencontreCount: number;
  page: number;
  pageCount: number;
  groups: { rencontre: { slug: string; title: string; city: string; date: Date | null }; ideas: ItemCardDto[] }[];
};

/** A theme with its published ideas grouped by rencontre, newest rencontre first, ten rencontres a page. */
export const getTheme = cachedPublicRead("getTheme", async (slug: string, page: number): Promise<ThemeDetail | null> => {
  const theme = await db.theme.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } });
  if (!theme) return null;
  const inTheme = { kind: "IDEA" as const, themes: { some: { themeId: theme.id } }, rencontre: { status: "PUBLISHED" as const } };
  const [ideaCount, rencontres] = await Promise.all([
    db.item.count({ where: inTheme }),
    db.rencontre.findMany({
      where: { status: "PUBLISHED", items: { some: { kind: "IDEA", themes: { some: { themeId: theme.id } } } } },
      orderBy: [{ date: "desc" }, { slug: "asc" }],
      select: { id: true, slug: true, title: true, city: true, date: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(rencontres.length / RENCONTRES_PER_THEME_PAGE));
  const shown = rencontres.slice((page - 1) * RENCONTRES_PER_THEME_PAGE, page * RENCONTRES_PER_THEME_PAGE);
  const ideas = await db.item.findMany({
    where: { ...inTheme, rencontreId: { in: shown.map((r) => r.id) } },
    orderBy: [{ table: { number: "asc" } }, { position: "asc" }],
    select: { ...itemCardSelect, rencontreId: true },
  });
  return {
    slug: theme.slug,
    name: theme.name,
    description: theme.description,
    ideaCount,
    rencontreCount: rencontres.length,
    page,
    pageCount,
    groups: shown.map(({ id, ...rencontre }) => ({
      rencontre,
      ideas: ideas.filter((i) => i.rencontreId === id).map(({ rencontreId: _r, ...i }) => toItemCard(i)),
    })),
  };
});
