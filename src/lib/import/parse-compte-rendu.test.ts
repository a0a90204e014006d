import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { CompteRendu, ItemRef } from "@/lib/schemas/compte-rendu";
import { organisationKey, stripMarkup } from "@/lib/text/normalize";
import { decodeSource } from "./decode-text";
import { parseCompteRendu } from "./parse-compte-rendu";

const SEED = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed-data/grande-rencontre-paris-2021.md"), "utf8");

function parseOk(source: string): { data: CompteRendu; warnings: string[] } {
  const result = parseCompteRendu(source);
  if (!result.ok) throw new Error(result.error);
  return { data: result.data, warnings: result.warnings.map((w) => w.message) };
}

const seed = parseOk(SEED);
const table = (n: number) => seed.data.tables.find((t) => t.number === n)!;
const itemText = (data: CompteRendu, ref: ItemRef) => {
  const t = data.tables.find((x) => x.number === ref.table)!;
  return stripMarkup((ref.kind === "IDEA" ? t.ideas : t.examples)[ref.index]!.text);
};

describe("parseCompteRendu on the Paris 2021 compte rendu", () => {
  it("reads the rencontre's metadata", () => {
    const d = seed.data;
    expect(d.title).toBe("Grande Rencontre");
    expect(d.city).toBe("Paris");
    expect(d.date).toBe("2021-12-13");
    expect(d.edition).toBe(1);
    expect(d.venueName).toBe("CEDIAS");
    expect(d.partners).toEqual(["Fondation du Crédit Coopératif", "DGCS", "GNIAC", "Uniopss", "Impact France", "Ouishare"]);
    expect(d.introduction).toContain("Poursuivre collectivement la réflexion engagée depuis 2019");
    expect(d.study).toContain("### 2) Quels freins compliquent le rapprochement entre ES et TS ?");
    expect(d.workshopFormat).toContain("groupes de 6 à 10 personnes");
    expect(d.closingText).toContain("notamment à Bordeaux");
  });

  it("finds the round table's moderator and five panelists with their organisations", () => {
    expect(seed.data.moderators.map((p) => [p.fullName, p.organisation])).toEqual([["Sébastien Poulet-Goffard", "La Compagnie Générale des Autres"]]);
    expect(seed.data.panelists.map((p) => `${p.fullName} (${p.organisation})`)).toEqual([
      "Florentin LETISSIER (Ville de Paris)",
      "Christophe VERNIER (Fondation Crédit Coopératif)",
      "Laurence MARI (DGCS)",
      "Marie-Jo BERNARDOT (GNIAC)",
      "Jonathan JEREMIASZ (Impact France)",
    ]);
    expect(seed.data.roundTableText).toContain("coopérer, ce n'est pas forcément avoir un objectif commun");
    expect(seed.data.roundTableText).not.toContain("Animation");
  });

  it("reads 6 tables whatever their heading level, with every participant, objective, example and idea", () => {
    const d = seed.data;
    expect(d.tables.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(d.tables.map((t) => t.participants.length)).toEqual([8, 6, 9, 7, 8, 7]);
    expect(d.tables.map((t) => t.objectives.length)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(d.tables.map((t) => t.examples.length)).toEqual([7, 6, 5, 3, 5, 3]);
    expect(d.tables.map((t) => t.ideas.length)).toEqual([6, 8, 7, 5, 8, 8]);
    // Lists split by blank lines stay whole: table 2's examples and table 3's ideas.
    expect(stripMarkup(table(2).examples[2]!.text)).toMatch(/^Le PTCE \(pôle territorial/);
    expect(stripMarkup(table(3).ideas[6]!.text)).toBe("Des stages en ESS pour découvrir les métiers du TS");
    expect(table(4).objectives.map((o) => o.text)).toEqual([
      "Mieux répondre aux besoins des usagers",
      "Valoriser le travail social",
      "Pouvoir se reconnaître mutuellement",
    ]);
  });

  it("tells organisations from statuses, italics or not", () => {
    const people = seed.data.tables.flatMap((t) => t.participants);
    const byName = (name: string) => people.find((p) => p.fullName === name)!;
    expect(byName("Laurence MARI").organisation).toBe("DGCS");
    expect(byName("Daisy AQUE")).toMatchObject({ firstName: "Daisy", lastName: "AQUE", organisation: "Initiative Vie" });
    expect(byName("Alice DE RONNE")).toMatchObject({ firstName: "Alice", lastName: "DE RONNE" });
    expect(byName("Claire ENGRAND")).toMatchObject({ organisation: null, status: "en création d'entreprise" });
    expect(byName("Valérie NORMAND")).toMatchObject({ organisation: null, status: "Freelance" });
    expect(byName("Alexandre SOURZAC-LAMI")).toMatchObject({ organisation: null, status: "+1" });
    expect(byName("Edith VRIGNAUD").status).toBe("en recherche d'emploi");
    expect(byName("Quentin WERZ").status).toBe("indépendant");
    expect(byName("Mélanie PARRA")).toMatchObject({ organisation: null, status: null });
    const organisations = new Set(people.flatMap((p) => (p.organisation ? [organisationKey(p.organisation)] : [])));
    expect([...organisations].some((key) => /creation|freelance|independant|\+1/.test(key))).toBe(false);
    // "Tirelires d'Avenir" (table 3) and "Tirelires d'avenir" (table 4) are one organisation.
    expect([...organisations].filter((key) => key.startsWith("tirelires"))).toHaveLength(1);
  });

  it("keeps the bold terms of each item as its keywords", () => {
    expect(table(1).examples[0]!.keywords).toEqual(["forums"]);
    expect(table(5).ideas[0]!.keywords).toEqual(['rendez-vous "Vis ma vie"', "temps long"]);
    expect(table(2).ideas[3]!.keywords).toEqual(["portails, forums", "annuaires"]);
    expect(table(1).examples[2]!.mentions).toContain("Caracol");
  });

  it("reads the 6 consolidated objectives and links table objectives to them where the words agree", () => {
    const d = seed.data;
    expect(d.consolidatedObjectives).toHaveLength(6);
    const linked = (n: number, i: number) => {
      const index = d.tables.find((t) => t.number === n)!.objectives[i]!.consolidatedIndex;
      return index === null ? null : d.consolidatedObjectives[index];
    };
    expect(linked(1, 0)).toBe("Se connaître, se reconnaître, se comprendre");
    expect(linked(4, 1)).toBe("Valoriser le travail social");
    expect(linked(5, 0)).toBe("Transformer les cadres et les normes");
    expect(linked(5, 1)).toBe("Augmenter les compétences mutuelles");
    expect(linked(6, 2)).toBe("Prendre des décisions stratégiques partagées et efficaces");
    expect(linked(2, 1)).toBeNull();
    expect(seed.warnings).toContain("Table 2 : objectif « Remettre l'utilisateur au cœur des dispositifs » rattaché à aucun objectif consolidé.");
  });

  it("links the synthesis themes to the table ideas they reword, through their bold keywords", () => {
    const groups = seed.data.synthesisGroups.filter((g) => g.section === "IDEAS_BY_THEME");
    expect(groups.map((g) => g.label)).toEqual([
      "Lieux et espaces de rencontre",
      "Apprentissage et formation",
      "Communication et valorisation",
      "Dispositions législatives",
      "Instances et outils tierces entre l'ESS et le monde du travail social",
    ]);
    const under = (label: string) =>
      groups
        .find((g) => g.label === label)!
        .entries.flatMap((e) => e.links)
        .map((ref) => `${ref.table}: ${itemText(seed.data, ref)}`);
    expect(under("Lieux et espaces de rencontre")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^4: Des machines à café/),
        expect.stringMatching(/^2: Un système de PTCE spécifiquement sur l'action sociale/),
      ]),
    );
    expect(under("Apprentissage et formation")).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^2: Des unités d'enseignement/),
        expect.stringMatching(/^3: Des projets inter-écoles/),
        expect.stringMatching(/^1: Un stage de découverte terrain/),
      ]),
    );
    expect(under("Communication et valorisation")).toEqual(
      expect.arrayContaining([expect.stringMatching(/^6: .*vocabulaire commun/), expect.stringMatching(/^3: .*séries/)]),
    );
    expect(under("Dispositions législatives")).toEqual(expect.arrayContaining([expect.stringMatching(/^5: Un devoir d'alliance/)]));
    // The devoir d'alliance entry also cites "appels à projets" but belongs to table 5 alone.
    expect(under("Dispositions législatives").filter((t) => /appels à projets/.test(t))).toHaveLength(1);
    expect(under("Instances et outils tierces entre l'ESS et le monde du travail social")).toEqual([
      expect.stringMatching(/^1: Un observatoire des bonnes pratiques/),
      expect.stringMatching(/^2: Un observatoire territorial de l'action sociale/),
    ]);
    // "Vis ma vie d'une semaine" sums up tables 3 and 5 and table 6's week-long exchange.
    const visMaVie = groups[0]!.entries.find((e) => /Vis ma vie/.test(e.text))!;
    expect(visMaVie.links.map((l) => l.table).sort()).toEqual([3, 5, 6]);
  });

  it("relates the same idea raised at several tables", () => {
    const pairs = seed.data.relations.map(([a, b]) => `${itemText(seed.data, a)} | ${itemText(seed.data, b)}`);
    expect(pairs).toContain('Des rendez-vous "Vis ma vie" entre TS et ES | Des rendez-vous "Vis ma vie" entre TS et ES, sur le temps long');
  });

  it("keeps the synthesis's examples by purpose and the appendix groups", () => {
    const purposes = seed.data.synthesisGroups.filter((g) => g.section === "EXAMPLES_BY_PURPOSE");
    expect(purposes.map((g) => g.label)).toEqual([
      "Pour mieux se connaître",
      "Pour mieux travailler ensemble",
      "Pour mieux cerner les besoins des professionnels et des usagers",
    ]);
    expect(purposes[0]!.entries[0]!.links.map((ref) => itemText(seed.data, ref))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Le Neurchi du TS/), expect.stringMatching(/^Soliguide/)]),
    );
    const byObjective = seed.data.synthesisGroups.filter((g) => g.section === "IDEAS_BY_OBJECTIVE");
    expect(byObjective.map((g) => g.consolidatedIndex)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(byObjective.flatMap((g) => g.entries).every((e) => e.links.length > 0)).toBe(true);
  });
});

describe("parseCompteRendu on damaged documents", () => {
  it("reads a table whose heading has no level", () => {
    const { data } = parseOk(SEED.replace("## TABLE 3", "TABLE 3"));
    expect(data.tables.map((t) => t.participants.length)).toEqual([8, 6, 9, 7, 8, 7]);
  });

  it("reads section titles written as ###, #### or bold lines alike", () => {
    const variant = SEED.replace("#### Exemples de collaboration :\n\n- Les **forums**", "**Exemples de collaboration**\n\n- Les **forums**").replace(
      '**Pistes de future collaboration :**\n\n- Des **rendez-vous "Vis ma vie"** entre TS et ES\n',
      '### Pistes de future collaboration\n\n- Des **rendez-vous "Vis ma vie"** entre TS et ES\n',
    );
    expect(variant).not.toBe(SEED);
    const { data } = parseOk(variant);
    expect(data.tables.map((t) => t.examples.length)).toEqual([7, 6, 5, 3, 5, 3]);
    expect(data.tables.map((t) => t.ideas.length)).toEqual([6, 8, 7, 5, 8, 8]);
  });

  it("warns about an empty section instead of failing", () => {
    const variant = SEED.replace(/(### Exemples de collaboration :\n\n)(- Des \*\*lieux de rencontres\*\*[\s\S]*?)(\n### Pistes)/, "$1$3");
    const result = parseOk(variant);
    expect(result.data.tables.find((t) => t.number === 4)!.examples).toHaveLength(0);
    expect(result.warnings).toContain("Table 4 : rubrique « Exemples de collaboration : » vide.");
  });

  it("returns a synthesis item that matches no table idea as a warning", () => {
    const variant = SEED.replace("/ La présence de la **CGA** dans toutes les villes", "/ Un **jardin partagé** entre ES et TS");
    const result = parseOk(variant);
    expect(result.warnings).toContain(
      "Synthèse générale, thème « Lieux et espaces de rencontre » : « Un jardin partagé entre ES et TS » ne correspond à aucune piste des tables.",
    );
    const group = result.data.synthesisGroups.find((g) => g.label === "Lieux et espaces de rencontre")!;
    expect(group.entries.at(-1)).toEqual({ text: "Un **jardin partagé** entre ES et TS", links: [] });
  });

  it("refuses random text with a clear message", () => {
    const result = parseCompteRendu("Lorem ipsum dolor sit amet.\n\nConsectetur adipiscing elit, sed do eiusmod.\n# Titre\n- un point");
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^Aucune table trouvée/) });
  });

  it("refuses an empty document and a binary file", () => {
    expect(parseCompteRendu("   \n")).toMatchObject({ ok: false, error: "Le document est vide." });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(decodeSource(png)).toMatchObject({ ok: false, error: expect.stringMatching(/binaire/) });
    expect(decodeSource(new Uint8Array([0xc3, 0x28, 0x41]))).toMatchObject({ ok: false, error: expect.stringMatching(/UTF-8/) });
  });

  it("refuses a document whose city cannot be found unless it is given", () => {
    const variant = SEED.replace("## Entrepreneurs et travailleurs sociaux, Paris", "## Entrepreneurs et travailleurs sociaux");
    expect(parseCompteRendu(variant)).toMatchObject({ ok: false, error: expect.stringMatching(/^Ville introuvable/) });
    expect(parseCompteRendu(variant, { city: "Paris" }).ok).toBe(true);
  });

  it("ignores a duplicated table with a warning", () => {
    const variant = SEED.replace("## TABLE 4", "## TABLE 3");
    const result = parseOk(variant);
    expect(result.data.tables.map((t) => t.number)).toEqual([1, 2, 3, 5, 6]);
    expect(result.warnings).toContain("La table 3 apparaît deux fois : la seconde est ignorée.");
  });
});
