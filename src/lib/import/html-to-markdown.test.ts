import { describe, expect, it } from "vitest";
import { htmlToMarkdown } from "./html-to-markdown";

describe("htmlToMarkdown", () => {
  it("turns mammoth's headings, lists, bold and italics into the Markdown the importer reads", () => {
    const html =
      "<h2>TABLE 1</h2><p>Autour de la table : Daisy AQUE (<em>Initiative Vie</em>), Noël BOUTTIER (<em>Le Média Social</em>)</p>" +
      "<h3>Exemples de collaboration :</h3><ul><li>Les <strong>forums </strong>de l&#39;entrepreneuriat social</li><li>Le <strong>Neurchi</strong> du TS &amp; co</li></ul><p>Fin.</p>";
    expect(htmlToMarkdown(html)).toBe(
      "## TABLE 1\n\nAutour de la table : Daisy AQUE (*Initiative Vie*), Noël BOUTTIER (*Le Média Social*)\n\n### Exemples de collaboration :\n\n- Les **forums** de l'entrepreneuriat social\n- Le **Neurchi** du TS & co\n\nFin.\n",
    );
  });

  it("drops empty bold runs without merging two keywords, numbers ordered lists, and keeps text of unknown tags", () => {
    expect(htmlToMarkdown("<p>Un <strong>a</strong> <strong>b</strong><strong> </strong>fin</p>")).toBe("Un **a** **b** fin\n");
    expect(htmlToMarkdown("<ol><li>un</li><li>deux<ul><li>sous</li></ul></li></ol>")).toBe("1. un\n2. deux\n- sous\n");
    expect(htmlToMarkdown('<p><a href="https://example.org">lien</a> et <sup>1</sup>&#x2014;&nbsp;</p>')).toBe("lien et 1—\n");
  });

  it("reads a table row as one line, its cells joined by a dash (a participants table: Nom – Organisation)", () => {
    const html =
      "<p>Participants :</p><table><tr><td><p>Nom</p></td><td><p>Organisation</p></td></tr>" +
      "<tr><td><p>Daisy AQUE</p></td><td><p>Initiative Vie</p></td></tr><tr><td><p>Noël</p><p>BOUTTIER</p></td><td><p>Le Média Social</p></td></tr></table><p>Fin.</p>";
    expect(htmlToMarkdown(html)).toBe(
      "Participants :\n\nNom – Organisation\n\nDaisy AQUE – Initiative Vie\n\nNoël BOUTTIER – Le Média Social\n\nFin.\n",
    );
  });
});
