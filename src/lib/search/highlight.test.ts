import { describe, expect, it } from "vitest";
import { highlightSegments, highlightTerms } from "./highlight";

const marked = (text: string, q: string) =>
  highlightSegments(text, highlightTerms(q))
    .filter((s) => s.isMatch)
    .map((s) => s.text);

describe("highlightSegments", () => {
  it("marks the words a term begins, folding accents, case and plurals like the search", () => {
    expect(marked("Des Équipes mixtes et une équipe", "equipe")).toEqual(["Équipes", "équipe"]);
    expect(marked("Proposer des stages croisés", "STAGES")).toEqual(["stages"]);
    expect(marked("des formations communes", "form")).toEqual(["formations"]);
  });

  it("marks every word searched, and only whole words that begin with a term", () => {
    expect(marked("Un rendez-vous « Vis ma vie » entre structures", "vis ma vie")).toEqual(["Vis", "ma", "vie"]);
    expect(marked("la transformation des pratiques", "formation")).toEqual([]);
  });

  it("keeps the whole text, in order, around the marks", () => {
    const segments = highlightSegments("l'œuvre d'insertion", highlightTerms("oeuvre"));
    expect(segments).toEqual([
      { text: "l'", isMatch: false },
      { text: "œuvre", isMatch: true },
      { text: " d'insertion", isMatch: false },
    ]);
  });

  it("gives the text as it is without terms", () => {
    expect(highlightSegments("Un texte", [])).toEqual([{ text: "Un texte", isMatch: false }]);
    expect(highlightSegments("", ["a"])).toEqual([]);
  });
});
