import { sitemapFileNumber, urlsetXml } from "@/lib/sitemap-xml";
import { siteUrl } from "@/lib/site-url";
import { findItemSitemapPage } from "@/server/data/sitemap/find-item-sitemap";

export const dynamic = "force-dynamic";

/** One file of example and idea pages, /sitemap-items/<n>.xml (5,000 addresses at most). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const page = sitemapFileNumber((await params).file);
  const rows = page === null ? [] : await findItemSitemapPage(page);
  if (rows.length === 0) return new Response("Plan du site introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const base = siteUrl();
  const xml = urlsetXml(rows.map((r) => ({ url: `${base}/${r.kind === "IDEA" ? "pistes" : "exemples"}/${r.slug}`, lastModified: r.updatedAt })));
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
