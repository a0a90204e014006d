import { DATA_PACKAGE_FILE, DATA_RESOURCES, LICENSE, RESOURCE_NAMES, resourceFile } from "./data-package";
import { isoDay } from "@/lib/text/format";

/**
 * schema.org structured data (JSON-LD) of the public pages: an Event for each rencontre, a
 * Dataset for the data package of /donnees. Search engines and aggregators read them.
 */
type Organisation = { slug: string; name: string };
export type EventSource = {
  slug: string;
  title: string;
  subtitle: string | null;
  city: string;
  date: Date | null;
  venueName: string | null;
  organisers: Organisation[];
  partners: Organisation[];
};

const organisation = (site: string, o: Organisation) => ({ "@type": "Organization", name: o.name, url: `${site}/organisations/${o.slug}` });

export function rencontreEventJsonLd(site: string, r: EventSource) {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: `${r.title} — ${r.city}`,
    ...(r.subtitle ? { description: r.subtitle } : {}),
    url: `${site}/rencontres/${r.slug}`,
    ...(r.date ? { startDate: isoDay(r.date) } : {}),
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    inLanguage: "fr-FR",
    location: {
      "@type": "Place",
      name: r.venueName ?? r.city,
      address: { "@type": "PostalAddress", addressLocality: r.city, addressCountry: "FR" },
    },
    organizer: r.organisers.map((o) => organisation(site, o)),
    ...(r.partners.length > 0 ? { sponsor: r.partners.map((o) => organisation(site, o)) } : {}),
  };
}

export const DATASET_NAME = "Les données ouvertes des Grandes Rencontres";
export const DATASET_DESCRIPTION =
  "Tout le catalogue publié des Grandes Rencontres en fichiers CSV, décrits par un paquet de données Frictionless, sous Licence Ouverte 2.0 (Etalab).";

export function dataPackageDatasetJsonLd(site: string) {
  return {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name: DATASET_NAME,
    description: DATASET_DESCRIPTION,
    url: `${site}/donnees`,
    inLanguage: "fr-FR",
    isAccessibleForFree: true,
    license: LICENSE.path,
    distribution: [
      ...RESOURCE_NAMES.map((name) => ({
        "@type": "DataDownload",
        name: DATA_RESOURCES[name].title,
        description: DATA_RESOURCES[name].description,
        encodingFormat: "text/csv",
        contentUrl: `${site}/donnees/${resourceFile(name)}`,
      })),
      {
        "@type": "DataDownload",
        name: "Paquet de données (Frictionless)",
        encodingFormat: "application/json",
        contentUrl: `${site}/donnees/${DATA_PACKAGE_FILE}`,
      },
    ],
  };
}

/**
 * The text of a <script type="application/ld+json">: JSON with every "<" written \u003c, so
 * that no value (a title with "</script>") can close the element or open a comment.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
