import path from "node:path";
import { describe, expect, it } from "vitest";
import { interfaceTypographyChanges, typographyChanges } from "./interface-typography";

describe("the interface's own words in French typography", () => {
  it("sets JSX text as the page shows it: lines joined, marks at the edge of an element, entities JSX keeps", () => {
    const source = `export const A = () => (
  <p>
    Pour une sélection, la page propose « Télécharger » avec ses filtres
    : par exemple <a href="/pistes?q=x">les pistes</a> ; ou l'API.
    Je confirme : «{name}» ?
  </p>
);
const NBSP = "\u00a0";
export const C = () => (
  <p>
    Statut{NBSP}: <strong>{status}</strong>
  </p>
);
export const B = () => <nav aria-label="Fil d'Ariane" className="a:b" />;`;
    const changes = typographyChanges("a.tsx", source);
    expect(changes.map((c) => c.to)).toEqual([
      "Pour une sélection, la page propose «&#8239;Télécharger&#8239;» avec ses filtres&nbsp;: par exemple ",
      "&#8239;; ou l’API. Je confirme&nbsp;: «&#8239;",
      "&#8239;»&#8239;?",
      "Fil d’Ariane",
    ]);
  });

  it("leaves addresses, times and code alone", () => {
    const source = `export const A = () => <p>À 10:30, voir https://exemple.fr/a?b=c ou /pistes?q=stage, et <code>Origin: *</code> tel quel.</p>;`;
    expect(typographyChanges("a.tsx", source)).toEqual([]);
  });

  it("holds for every page and component (npm run typography -- --fix sets what differs)", () => {
    const changes = interfaceTypographyChanges(path.resolve(import.meta.dirname, ".."));
    expect(changes.map((c) => `${c.file}:${c.line} ${c.from.slice(0, 60)}`)).toEqual([]);
  });
});
