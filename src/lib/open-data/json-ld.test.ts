import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeEach, describe, expect, it } from "vitest";
import { JsonLd } from "@/components/ui/json-ld";
import { RESOURCE_NAMES } from "@/lib/open-data/data-package";
import { getRencontre } from "@/server/data/rencontres/get-rencontre";
import { seedParis2021 } from "../../../tests/helpers/seed";
import { dataPackageDatasetJsonLd, rencontreEventJsonLd } from "./json-ld";

/** The JSON-LD as a page holds it: the script element's text, parsed back. */
function parseScript(data: unknown): Record<string, unknown> {
  const html = renderToStaticMarkup(createElement(JsonLd, { data }));
  const match = /^<script type="application\/ld\+json">(.*)<\/script>$/s.exec(html);
  expect(match).not.toBeNull();
  return JSON.parse(match![1]!) as Record<string, unknown>;
}

describe("schema.org JSON-LD", () => {
  beforeEach(async () => {
    await seedParis2021();
  });

  it("describes the Paris rencontre as an Event: name, date, CEDIAS in Paris, its organisers", async () => {
    const rencontre = (await getRencontre("paris-2021"))!;
    const event = parseScript(rencontreEventJsonLd("https://rencontres.example", rencontre));
    expect(event).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Grande Rencontre — Paris",
      startDate: "2021-12-13",
      url: "https://rencontres.example/rencontres/paris-2021",
      location: { "@type": "Place", name: "CEDIAS", address: { "@type": "PostalAddress", addressLocality: "Paris", addressCountry: "FR" } },
    });
    const organizers = event.organizer as { "@type": string; name: string; url: string }[];
    expect(organizers.length).toBe(rencontre.organisers.length);
    expect(organizers.length).toBeGreaterThan(0);
    expect(organizers[0]).toEqual({
      "@type": "Organization",
      name: rencontre.organisers[0]!.name,
      url: `https://rencontres.example/organisations/${rencontre.organisers[0]!.slug}`,
    });
  });

  it("describes the data package as a Dataset with its licence and one distribution per CSV file", () => {
    const dataset = parseScript(dataPackageDatasetJsonLd("https://rencontres.example"));
    expect(dataset["@type"]).toBe("Dataset");
    expect(dataset.license).toMatch(/ETALAB-Licence-Ouverte-v2\.0/);
    const csv = (dataset.distribution as { encodingFormat: string; contentUrl: string }[]).filter((d) => d.encodingFormat === "text/csv");
    expect(csv.map((d) => d.contentUrl)).toEqual(RESOURCE_NAMES.map((name) => `https://rencontres.example/donnees/${name}.csv`));
  });

  it("cannot be closed by a value holding </script>", () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: { name: "</script><script>alert(1)</script><!--" } }));
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain("<!--");
    expect(parseScript({ name: "</script><!--" }).name).toBe("</script><!--");
  });
});
