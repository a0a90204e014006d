import { describe, expect, it } from "vitest";
import { itemJsonLd } from "./item-json-ld";

const idea = {
  kind: "IDEA" as const,
  plainText: "Un observatoire des bonnes pratiques </script><script>alert(1)</script>",
  status: "EN_COURS",
  updatedAt: new Date("2024-02-01T10:00:00Z"),
  keywords: ["observatoire des bonnes pratiques"],
  themes: [{ slug: "instances", name: "Instances et outils tiers" }],
  organisations: [{ slug: "caracol", name: "Caracol" }],
  table: { number: 1 },
  rencontre: { slug: "paris-2021", title: "Grande Rencontre", city: "Paris", date: new Date("2021-12-13T00:00:00Z") },
};

describe("itemJsonLd", () => {
  it("describes the idea as a CreativeWork of its rencontre, in French, with its status", () => {
    const data = JSON.parse(itemJsonLd(idea, "https://exemple.org/pistes/un-observatoire", "https://exemple.org"));
    expect(data).toMatchObject({
      "@type": "CreativeWork",
      url: "https://exemple.org/pistes/un-observatoire",
      inLanguage: "fr-FR",
      creativeWorkStatus: "En cours",
      about: [{ name: "Instances et outils tiers", url: "https://exemple.org/themes/instances" }],
      mentions: [{ "@type": "Organization", name: "Caracol" }],
      isPartOf: { "@type": "Event", startDate: "2021-12-13", url: "https://exemple.org/rencontres/paris-2021/tables/1" },
    });
  });

  it("cannot close its script element, whatever the text says", () => {
    expect(itemJsonLd(idea, "https://exemple.org/p", "https://exemple.org")).not.toContain("<");
  });

  it("gives an example no follow-up status", () => {
    expect(JSON.parse(itemJsonLd({ ...idea, kind: "EXAMPLE", status: null }, "u", "b"))).not.toHaveProperty("creativeWorkStatus");
  });
});
