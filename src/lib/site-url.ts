import { trimEndChars } from "@/lib/text/trim-chars";
/** The public base URL of the site, for absolute links (sitemap, Open Graph). */
export function siteUrl(): string {
  return trimEndChars(process.env.SITE_URL ?? "http://localhost:3000", "/");
}
