import { jsonLdText } from "@/lib/open-data/json-ld";

/** schema.org structured data for search engines; its text escapes "<" (src/lib/open-data/json-ld.ts). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
