/** The XML of a sitemap file and of a sitemap index (sitemaps.org), addresses escaped. */

const escapeXml = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

export function urlsetXml(entries: { url: string; lastModified?: Date }[]): string {
  const urls = entries.map(
    (e) => `<url><loc>${escapeXml(e.url)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.toISOString()}</lastmod>` : ""}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("\n")}\n</urlset>\n`;
}

export function sitemapIndexXml(urls: string[]): string {
  const items = urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

/** "3.xml" → 3; anything else → null. */
export function sitemapFileNumber(file: string): number | null {
  const match = /^(\d{1,5})\.xml$/.exec(file);
  const page = match ? Number(match[1]) : 0;
  return page >= 1 ? page : null;
}
