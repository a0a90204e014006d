import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SEED_FILE } from "../../../tests/setup/paths";
import { frenchTypography as fr } from "./typography";

const NARROW = "\u202f";
const NBSP = "\u00a0";
const seed = readFileSync(SEED_FILE, "utf8");

/** What a reader would flag: an ordinary space (or none) before ; ? ! », after «, a straight apostrophe. */
function faults(text: string): string[] {
  const words = text.split(/[ \t\r\n]+/).filter((w) => !w.includes("://") && !w.includes("@"));
  const prose = words.join(" ");
  const found: string[] = [];
  for (const match of prose.matchAll(/ [;?!»:]|« |'/g)) found.push(prose.slice(Math.max(0, match.index - 15), match.index + 5));
  return found;
}

describe("frenchTypography", () => {
  it("spaces the high punctuation, the colon and the guillemets, and curls apostrophes", () => {
    expect(fr("Pourquoi est-il nécessaire de rapprocher ES et TS ?")).toBe(`Pourquoi est-il nécessaire de rapprocher ES et TS${NARROW}?`);
    expect(fr("**Animation** : Sébastien")).toBe(`**Animation**${NBSP}: Sébastien`);
    expect(fr("un « devoir d'alliance » ; enfin!")).toBe(`un «${NARROW}devoir d’alliance${NARROW}»${NARROW}; enfin${NARROW}!`);
    expect(fr("«stage»")).toBe(`«${NARROW}stage${NARROW}»`);
    expect(fr("Quoi ?!")).toBe(`Quoi${NARROW}?!`);
    expect(fr("les **Neurchi du TS** ?")).toBe(`les **Neurchi du TS**${NARROW}?`);
  });

  it("leaves addresses, e-mails, times, digits and line breaks alone, and never doubles a space", () => {
    const untouched = [
      "https://example.org/a?b=c;d:e'f",
      "écrire à jean.o'neil@example.org",
      "rendez-vous à 10:30, salle 3;4",
      "ratio 1:2",
      "www.cedias.org/l'annexe",
      "Chemin /rencontres/paris-2021?x=1",
      "sans ponctuation du tout",
    ];
    for (const text of untouched) expect(fr(text)).toBe(text);
    expect(fr("titre\n: suite")).toBe("titre\n: suite");
    expect(fr(`déjà${NARROW}? et${NBSP}: bon`)).toBe(`déjà${NARROW}? et${NBSP}: bon`);
    expect(fr("deux   espaces  ?")).toBe(`deux   espaces${NARROW}?`);
    expect(fr("? en tête")).toBe("? en tête");
  });

  it("is idempotent and only changes spaces and apostrophes", () => {
    const once = fr(seed);
    expect(fr(once)).toBe(once);
    const strip = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, "").replaceAll("’", "'");
    expect(strip(once)).toBe(strip(seed));
    expect(once.split("**").length).toBe(seed.split("**").length);
    expect(once.split("\n").length).toBe(seed.split("\n").length);
  });

  it("leaves no typographic fault in the seed's texts", () => {
    expect(faults(seed).length).toBeGreaterThan(100);
    expect(faults(fr(seed))).toEqual([]);
    const project = readFileSync(SEED_FILE.replace("grande-rencontre-paris-2021.md", "projet-cga-gniac-fondation.md"), "utf8");
    expect(faults(fr(project))).toEqual([]);
  });

  it("runs in linear time on hostile input", () => {
    const cases = [
      "?".repeat(100_000),
      " ".repeat(100_000) + "?",
      "a ".repeat(50_000) + "?",
      "«".repeat(100_000),
      "'".repeat(100_000),
      "a:".repeat(50_000),
      "*".repeat(99_999) + "?",
    ];
    for (const text of cases) {
      const start = performance.now();
      fr(text);
      expect(performance.now() - start).toBeLessThan(1000);
    }
  });
});
