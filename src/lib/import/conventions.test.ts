import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { seedAsWordText } from "../../../tests/helpers/seed-documents";
import { SEED_FIGURES, seedFigures } from "../../../tests/helpers/seed-figures";
import { SEED_FILE } from "../../../tests/setup/paths";
import { isLabelLine, isUpperCaseLine, LIST_ITEM, sectionLabel, unitHeading, unitNumber } from "./conventions";
import { parseCompteRendu, type ParseOptions } from "./parse-compte-rendu";

const SEED = readFileSync(SEED_FILE, "utf8");
const ROMAN = ["I", "II", "III", "IV", "V", "VI"];

/** The figures of the seed's content read in another shape. */
const figures = (source: string, options?: ParseOptions) => seedFigures(parseCompteRendu(source, options));

const seedTables = (() => {
  const result = parseCompteRendu(SEED);
  if (!result.ok) throw new Error(result.error);
  return result.data.tables;
})();

/** "Daisy AQUE, Initiative Vie": a participant as another compte rendu would write them. */
const entry = (p: (typeof seedTables)[number]["participants"][number], separator: string) =>
  p.organisation || p.status ? `${p.fullName}${separator}${p.organisation ?? p.status}` : p.fullName;

/** Each table's « Autour de la table : … » line replaced by `write(its people)`. */
function rewriteParticipants(source: string, write: (people: (typeof seedTables)[number]["participants"]) => string): string {
  let table = 0;
  return source.replace(/^Autour de la table : .*$/gm, () => write(seedTables[table++]!.participants));
}

/** Each table heading ("## TABLE 3", "### TABLE 1") rewritten by `heading(n)`. */
const renameTables = (source: string, heading: (n: number) => string) =>
  source.replace(/^(#{2,3}) TABLE (\d)$/gm, (_m, hashes: string, n: string) => `${hashes} ${heading(Number(n))}`);

describe("the conventions of real comptes rendus", () => {
  it("names units Table, Atelier, Groupe, Commission or Table ronde n°, numbered in digits, Roman numerals or letters", () => {
    expect(unitHeading("TABLE 1")).toEqual({ number: 1, title: null });
    expect(unitHeading("Table n°3 :")).toEqual({ number: 3, title: null });
    expect(unitHeading("Atelier 2 – Mobilité")).toEqual({ number: 2, title: "Mobilité" });
    expect(unitHeading("Groupe IV")).toEqual({ number: 4, title: null });
    expect(unitHeading("Commission 3 : Emploi et insertion")).toEqual({ number: 3, title: "Emploi et insertion" });
    expect(unitHeading("Table ronde n°3")).toEqual({ number: 3, title: null });
    expect(unitHeading("Atelier B")).toEqual({ number: 2, title: null });
    expect(unitNumber("xii")).toBe(12);
    expect(unitHeading("2.1 TABLE 1")).toEqual({ number: 1, title: null });
    expect(unitHeading("III. Atelier 3 – Emploi")).toEqual({ number: 3, title: "Emploi" });
    for (const other of [
      "Table ronde",
      "Table des matières",
      "Les ateliers de réflexion en groupe",
      "Atelier à distance",
      "Groupe civil",
      "Cercle A",
    ]) {
      expect(unitHeading(other), other).toBeNull();
    }
  });

  it("reads section labels and their variants with accents, case and the final colon folded", () => {
    expect(sectionLabel("PRINCIPAUX OBJECTIFS DE LA COLLABORATION :")).toBe("objectives");
    expect(sectionLabel("Enjeux")).toBe("objectives");
    expect(sectionLabel("Exemples de collaboration")).toBe("examples");
    expect(sectionLabel("Initiatives existantes :")).toBe("examples");
    for (const ideas of [
      "Pistes",
      "Propositions :",
      "Idées d'actions",
      "IDÉES D’ACTIONS",
      "Préconisations",
      "Futures collaborations (par objectif)",
    ]) {
      expect(sectionLabel(ideas), ideas).toBe("ideas");
    }
    expect(sectionLabel("Participants :")).toBe("participants");
    expect(sectionLabel("Présents")).toBe("participants");
    expect(sectionLabel("Étaient présent·e·s :")).toBe("participants");
    expect(sectionLabel("Les participants")).toBe("participants");
    expect(sectionLabel("3. Propositions")).toBe("ideas");
  });

  it("tells heading lines from text lines in plain text", () => {
    expect(isUpperCaseLine("PISTES DE FUTURE COLLABORATION\u00a0:")).toBe(true);
    expect(isUpperCaseLine("PTCE")).toBe(true);
    expect(isUpperCaseLine("Le PTCE de la ville.")).toBe(false);
    expect(isLabelLine("Propositions :")).toBe(true);
    expect(isLabelLine("Atelier 2 – Mobilité")).toBe(true);
    expect(isLabelLine("Table 2 : Alice MARTIN (Emmaüs), Bob DURAND (Aurore)")).toBe(false);
    expect(isLabelLine("Des propositions concrètes ont émergé.")).toBe(false);
    for (const item of ["- un", "* un", "• un", "– un", "— un", "▪ un", "● un", "➢ un", "\uf0b7 un", "1. un", "2) un", "a) un"]) {
      expect(LIST_ITEM.test(item), item).toBe(true);
    }
    expect(sectionLabel("Participants (8) :")).toBe("participants");
  });
});

describe("the Paris 2021 content in other shapes gives the seed's exact figures", () => {
  it("as the original Markdown", () => {
    expect(figures(SEED)).toEqual(SEED_FIGURES);
  });

  it("as a Word document saved as plain text: upper-case headings, en-dash bullets, CRLF, no bold, non-breaking spaces before colons", () => {
    const text = seedAsWordText();
    expect(text).toContain("\r\nTABLE 1\r\n");
    expect(text).toContain("Autour de la table\u00a0: Daisy AQUE (Initiative Vie)");
    expect(figures(text)).toEqual(SEED_FIGURES);
  });

  it("with workshops headed « Atelier n – titre », the title kept with the table, and sections « … de l’atelier »", () => {
    const source = renameTables(SEED, (n) => `Atelier ${n} – Thème ${n}`).replace(
      /^(#{3,4}) Principaux objectifs de la collaboration :$/gm,
      "$1 Principaux objectifs de l’atelier :",
    );
    expect(source).toContain("#### Principaux objectifs de l’atelier :");
    expect(figures(source)).toEqual(SEED_FIGURES);
    const result = parseCompteRendu(source);
    expect(result.ok && result.data.tables[1]!.title).toBe("Thème 2");
  });

  it("with groups in Roman numerals, as bold lines", () => {
    const source = renameTables(SEED, (n) => `**Groupe ${ROMAN[n - 1]}**`).replace(/^#{2,3} (\*\*Groupe [IVX]+\*\*)$/gm, "$1");
    expect(source).toContain("\n**Groupe IV**\n");
    expect(figures(source)).toEqual(SEED_FIGURES);
  });

  it("with numbered items and « Présents : » lists of « Nom, Organisation » separated by semicolons", () => {
    let counter = 0;
    const numbered = SEED.replace(/^- /gm, () => `${(counter++ % 9) + 1}. `);
    const source = rewriteParticipants(numbered, (people) => `Présents : ${people.map((p) => entry(p, ", ")).join(" ; ")}`);
    expect(source).toContain("Présents : Daisy AQUE, Initiative Vie ; Noël BOUTTIER, Le Média Social ;");
    expect(source).toMatch(/\n\d\. Se connaître et se comprendre\n\d\. Devenir/);
    expect(figures(source)).toEqual(SEED_FIGURES);
    const result = parseCompteRendu(source);
    expect(result.ok && result.data.tables[5]!.participants[1]).toMatchObject({ fullName: "Marie-Jo BERNARDOT", organisation: "GNIAC" });
  });

  it("with participants one per line as « Nom – Organisation » under a « Participants » heading", () => {
    const source = rewriteParticipants(SEED, (people) => `#### Participants\n\n${people.map((p) => `- ${entry(p, " – ")}`).join("\n")}`);
    expect(source).toContain("- Daisy AQUE – Initiative Vie\n");
    expect(figures(source)).toEqual(SEED_FIGURES);
  });

  it("with numbered headings and « Étaient présents : » lists", () => {
    let section = 0;
    const source = SEED.replace(
      /^(#{2,3}) (TABLE \d|Principaux objectifs)/gm,
      (_m, hashes: string, title: string) => `${hashes} ${++section}. ${title}`,
    ).replace(/^Autour de la table :/gm, "Étaient présents :");
    expect(source).toContain("### 1. TABLE 1\n");
    expect(figures(source)).toEqual(SEED_FIGURES);
  });

  it("with a table's objectives on one line, « Objectifs : A ; B ; C »", () => {
    const source = SEED.replace(
      /^#{3,4} Principaux objectifs de la collaboration :\n\n((?:- .*\n)+)/gm,
      (_m, items: string) =>
        `Objectifs : ${items
          .trim()
          .split("\n")
          .map((i) => i.slice(2))
          .join(" ; ")}\n`,
    );
    expect(source).toContain("Objectifs : Se connaître et se comprendre ; Devenir complémentaires ; Transmettre connaissances et compétences\n");
    expect(figures(source)).toEqual(SEED_FIGURES);
  });

  it("with participants in an annex grouped by table", () => {
    const lists: string[] = [];
    const source = SEED.replace(/^Autour de la table : (.*)$/gm, (_m, list: string) => {
      lists.push(list);
      return "";
    });
    const annex = lists.map((list, i) => `### Table ${i + 1}\n\n${list}`).join("\n\n");
    const withAnnex = `${source}\n\n## Annexe : liste des participants\n\n${annex}\n`;
    expect(figures(withAnnex)).toEqual(SEED_FIGURES);
    const inline = `${source}\n\n## Composition des tables\n\n${lists.map((list, i) => `Table ${i + 1} : ${list}`).join("\n\n")}\n`;
    expect(figures(inline)).toEqual(SEED_FIGURES);
  });

  it("with no participants at all: a warning per table, not a refusal", () => {
    const source = SEED.replace(/^Autour de la table : .*$/gm, "");
    const result = parseCompteRendu(source);
    expect(result.ok).toBe(true);
    expect(result.warnings.filter((w) => w.code === "no-participants")).toHaveLength(6);
  });

  it("finds the city and the date anywhere in the title block or the opening paragraphs, in any case", () => {
    const noCity = SEED.replace("## Entrepreneurs et travailleurs sociaux, Paris", "## Entrepreneurs et travailleurs sociaux").replace(
      "Le 13 décembre 2021 a eu lieu",
      "Il a eu lieu",
    );
    expect(figures(noCity.replace("## Grande Rencontre", "## Grande Rencontre\n\nPARIS\n\nle lundi 13 décembre 2021"))).toMatchObject({
      city: "Paris",
      date: "2021-12-13",
    });
    expect(figures(noCity.replace("## Grande Rencontre", "## Grande Rencontre\n\nBordeaux, le 13/12/2021"))).toMatchObject({
      city: "Bordeaux",
      date: "2021-12-13",
    });
    expect(figures(noCity.replace("Il a eu lieu", "Le 2 juin 2023 à Saint-Denis a eu lieu"))).toMatchObject({
      city: "Saint-Denis",
      date: "2023-06-02",
    });
    expect(
      figures(noCity.replace("## Entrepreneurs et travailleurs sociaux", "## ENTREPRENEURS ET TRAVAILLEURS SOCIAUX, AIX-EN-PROVENCE")),
    ).toMatchObject({
      city: "Aix-en-Provence",
    });
    expect(figures(noCity.replace("## Grande Rencontre", "## Grande Rencontre\n\nLyon, lundi 13 déc. 2021"))).toMatchObject({
      city: "Lyon",
      date: "2021-12-13",
    });
    expect(figures(noCity.replace("## Grande Rencontre", "## Grande Rencontre de Bordeaux"))).toMatchObject({ city: "Bordeaux" });
    expect(figures(noCity.replace("## Grande Rencontre", "## Grande Rencontre d’Angers"))).toMatchObject({ city: "Angers" });
    expect(figures(noCity.replace("## Entrepreneurs et travailleurs sociaux", "## Entrepreneurs et travailleurs sociaux – Lyon 2023"))).toMatchObject(
      { city: "Lyon" },
    );
    const refused = parseCompteRendu(noCity);
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Ville introuvable/) });
  });
});
