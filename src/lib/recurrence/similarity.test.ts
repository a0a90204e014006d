import { describe, expect, it } from "vitest";
import { cosine, idf, probeTerms, shortList, type Posting } from "./similarity";
import { itemTerms, KEYWORD_BOOST, termOf } from "./terms";

describe("itemTerms", () => {
  it("meets plurals, verbs and accents under one Snowball stem, without function words", () => {
    expect(termOf("Collaborations")).toBe(termOf("collaborer"));
    expect(termOf("métiers")).toBe(termOf("metier"));
    expect(termOf("sociaux")).toBe(termOf("social"));
    expect(termOf("entre")).toBeNull();
    expect([...itemTerms("Des rendez-vous « Vis ma vie » entre l’ES et le TS").keys()]).toEqual(["rend", "vis", "vi"]);
  });

  it("weighs the bold keywords' words higher", () => {
    const terms = itemTerms('Des **rendez-vous "Vis ma vie"** entre TS et ES, sur le temps long', ['rendez-vous "Vis ma vie"']);
    expect(terms.get("vis")).toBe(KEYWORD_BOOST);
    expect(terms.get("temp")).toBe(1);
  });
});

describe("cosine", () => {
  const idfOf = () => 1;
  it("is 1 for the same text reworded in another inflection, and low for another idea", () => {
    const a = itemTerms("Des rendez-vous « Vis ma vie » entre TS et ES");
    const b = itemTerms("Un rendez-vous Vis ma vie entre travailleurs sociaux et entrepreneurs, sur le temps long");
    const c = itemTerms("Une plateforme numérique qui recense les offres de formation");
    expect(cosine(a, a, idfOf)).toBeCloseTo(1);
    expect(cosine(a, b, idfOf)).toBeGreaterThan(0.5);
    expect(cosine(a, c, idfOf)).toBe(0);
  });

  it("lets a rare shared term count more than a common one", () => {
    const df = new Map([
      ["observatoir", 1],
      ["social", 90],
    ]);
    const idfOf = (t: string) => idf(df.get(t) ?? 1, 100);
    const query = itemTerms("Un observatoire social");
    expect(cosine(query, itemTerms("Un observatoire"), idfOf)).toBeGreaterThan(cosine(query, itemTerms("Un réseau social"), idfOf));
    expect(probeTerms(query, (t) => df.get(t) ?? 0, 1)).toEqual(["observatoir"]);
  });
});

describe("shortList", () => {
  it("ranks the items of the postings by the weight they share with the query, leaving out the excluded", () => {
    const query = itemTerms("Un observatoire des bonnes pratiques");
    const postings: Posting[] = [
      { itemId: "a", term: "observatoir", weight: 1 },
      { itemId: "a", term: "pratiqu", weight: 1 },
      { itemId: "b", term: "pratiqu", weight: 1 },
      { itemId: "self", term: "observatoir", weight: 1 },
      { itemId: "c", term: "autre", weight: 1 },
    ];
    expect(
      shortList(
        query,
        postings,
        () => 1,
        (id) => id === "self",
      ),
    ).toEqual(["a", "b"]);
  });
});
