import { sitemapIndexXml } from "@/lib/sitemap-xml";
import { siteUrl } from "@/lib/site-url";
import { countItemSitemapPages } from "@/server/data/sitemap/find-item-sitemap";

export const dynamic = "force-dynamic";

/** The index of the sitemap files of the example and idea pages (robots.txt names it beside /sitemap.xml). */
export async function GET() {
  const base = siteUrl();
  const pages = await countItemSitemapPages();
  const xml = sitemapIndexXml(Array.from({ length: pages }, (_, i) => `${base}/sitemap-items/${i + 1}.xml`));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
