import "server-only";
import type { ApiTheme } from "@/lib/api/schemas";
import { siteUrl } from "@/lib/site-url";
import { db } from "@/server/db";

/** One page of the catalogue's themes (as the data package lists them), by keyset on the id. */
export async function findPublicThemes(input: { after: string | null; limit: number }) {
  const rows = await db.theme.findMany({
    where: input.after ? { id: { gt: input.after } } : {},
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: { id: true, slug: true, name: true, description: true, position: true },
  });
  const site = siteUrl();
  return rows.map((t): ApiTheme => ({ id: t.id, slug: t.slug, nom: t.name, description: t.description, position: t.position, adresse: `${site}/themes/${t.slug}` }));
}
