import { describe, expect, it } from "vitest";
import { containsPhrase, extractBold, foldText, organisationKey, personKey, similarity, slugify, stripMarkup } from "./normalize";

describe("French normalisation", () => {
  it("folds case, accents, ligatures and curly apostrophes", () => {
    expect(foldText("  Équipe  Chœur à l’ouvrage ")).toBe("equipe choeur a l'ouvrage");
  });

  it("makes one organisation of two spellings", () => {
    expect(organisationKey("Tirelires d'Avenir")).toBe(organisationKey("Tirelires d’avenir"));
    expect(organisationKey("Fondation du Crédit Coopératif")).toBe(organisationKey("Fondation Crédit Coopératif"));
    expect(organisationKey("Caracol")).not.toBe(organisationKey("Centsept"));
  });

  it("recognises one person under two spellings", () => {
    expect(personKey("Laurence MARI")).toBe(personKey("Laurence Mari"));
  });

  it("builds readable slugs", () => {
    expect(slugify("Grande Rencontre : Paris, 2021 !")).toBe("grande-rencontre-paris-2021");
    expect(slugify("Instances et outils tiers entre l'ESS et le travail social")).toBe("instances-et-outils-tiers-entre-l-ess-et-le-travail-social");
    expect(slugify("!!!")).toBe("sans-titre");
  });

  it("keeps the bold terms of a line as keywords, once each", () => {
    expect(extractBold('Des **rendez-vous "Vis ma vie"** entre TS et ES, sur le **temps long** (**temps long**)')).toEqual([
      'rendez-vous "Vis ma vie"',
      "temps long",
    ]);
    expect(stripMarkup("Les **forums** de *L'enfant de personne* [vidéo](#)")).toBe("Les forums de L'enfant de personne vidéo");
  });

  it("matches whole phrases only, accents aside", () => {
    expect(containsPhrase("Une plateforme comme Soliguide.", "soliguide")).toBe(true);
    expect(containsPhrase("Les formations communes", "formation")).toBe(false);
    expect(containsPhrase("L'équipe de La Fonda", "la fonda")).toBe(true);
  });

  it("scores similar sentences above unrelated ones", () => {
    const a = "Des stages immersifs de découverte terrain inclus dans les formations sociales";
    expect(similarity(a, "Un stage de découverte terrain inclus dans les formations sociales")).toBeGreaterThan(0.6);
    expect(similarity(a, "Des machines à café communes")).toBe(0);
  });
});
