import { statusLabel } from "@/lib/schemas/catalogue";
import { isoDay } from "@/lib/text/format";

type Item = {
  kind: "IDEA" | "EXAMPLE";
  plainText: string;
  status: string | null;
  updatedAt: Date;
  keywords: string[];
  themes: { slug: string; name: string }[];
  organisations: { slug: string; name: string }[];
  table: { number: number };
  rencontre: { slug: string; title: string; city: string; date: Date | null };
};

/**
 * The schema.org description of an example's or idea's page (a CreativeWork that is part of
 * the rencontre, an Event), as the text of a <script type="application/ld+json">: "<" is
 * escaped so that no text of the item can close the script element.
 */
export function itemJsonLd(item: Item, url: string, base: string): string {
  const data = {
    "@context": "https://schema.org",
    "@type": "CreativeWork",
    "@id": url,
    url,
    name: item.plainText.length > 110 ? `${item.plainText.slice(0, 109)}…` : item.plainText,
    text: item.plainText,
    inLanguage: "fr-FR",
    genre: item.kind === "IDEA" ? "Piste de future collaboration" : "Exemple de collaboration",
    dateModified: item.updatedAt.toISOString(),
    ...(item.kind === "IDEA" && statusLabel(item.status) ? { creativeWorkStatus: statusLabel(item.status) } : {}),
    ...(item.keywords.length > 0 ? { keywords: item.keywords.join(", ") } : {}),
    about: item.themes.map((t) => ({ "@type": "DefinedTerm", name: t.name, url: `${base}/themes/${t.slug}` })),
    mentions: item.organisations.map((o) => ({ "@type": "Organization", name: o.name, url: `${base}/organisations/${o.slug}` })),
    isPartOf: {
      "@type": "Event",
      name: `${item.rencontre.title} — table ${item.table.number}`,
      url: `${base}/rencontres/${item.rencontre.slug}/tables/${item.table.number}`,
      ...(item.rencontre.date ? { startDate: isoDay(item.rencontre.date) } : {}),
      location: {
        "@type": "Place",
        name: item.rencontre.city,
        address: { "@type": "PostalAddress", addressLocality: item.rencontre.city, addressCountry: "FR" },
      },
    },
  };
  return JSON.stringify(data).replaceAll("<", "\\u003c");
}
