import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";
import { findSitemapEntries } from "@/server/data/sitemap/find-sitemap-entries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = siteUrl();
  const { rencontres, themes, organisations } = await findSitemapEntries();
  return [
    ...["/", "/rencontres", "/pistes", "/exemples", "/organisations", "/observatoire", "/a-propos", "/donnees", "/api"].map((path) => ({
      url: `${base}${path}`,
    })),
    ...rencontres.flatMap((r) => [
      { url: `${base}/rencontres/${r.slug}`, lastModified: r.updatedAt },
      ...r.tables.map((t) => ({ url: `${base}/rencontres/${r.slug}/tables/${t.number}`, lastModified: r.updatedAt })),
    ]),
    ...themes.map((t) => ({ url: `${base}/themes/${t.slug}`, lastModified: t.updatedAt })),
    ...organisations.map((o) => ({ url: `${base}/organisations/${o.slug}`, lastModified: o.updatedAt })),
  ];
}
