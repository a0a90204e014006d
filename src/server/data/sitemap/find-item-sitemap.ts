import "server-only";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";

/** Item pages per sitemap file: well under the 50,000 addresses a sitemap may hold. */
export const ITEM_SITEMAP_PAGE_SIZE = 5000;

const publicItem = { slug: { not: null }, rencontre: { status: "PUBLISHED" as const } };

/** How many sitemap files the example and idea pages fill (one count, kept until the catalogue changes). */
export const countItemSitemapPages = cachedPublicRead("countItemSitemapPages", async (): Promise<number> => {
  return Math.ceil((await db.item.count({ where: publicItem })) / ITEM_SITEMAP_PAGE_SIZE);
});

/** One sitemap file's worth of example and idea pages (1-based), in address order, kept until the catalogue changes; drafts never. */
export const findItemSitemapPage = cachedPublicRead("findItemSitemapPage", async (page: number) => {
  const rows = await db.item.findMany({
    where: publicItem,
    orderBy: { slug: "asc" },
    skip: (page - 1) * ITEM_SITEMAP_PAGE_SIZE,
    take: ITEM_SITEMAP_PAGE_SIZE,
    select: { kind: true, slug: true, updatedAt: true },
  });
  return rows.map((r) => ({ kind: r.kind, slug: r.slug!, updatedAt: r.updatedAt }));
});
