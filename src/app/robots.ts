import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/admin", "/api/", "/cache/", "/telechargements/"] },
    // The example and idea pages have their own paged files, listed by /sitemap-items.xml.
    sitemap: [`${siteUrl()}/sitemap.xml`, `${siteUrl()}/sitemap-items.xml`],
  };
}
