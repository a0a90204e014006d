import { describe, expect, it } from "vitest";
import { parseInline, parseMarkdownLite } from "./markdown-lite";

describe("Markdown-lite", () => {
  it("reads bold keywords and italics as inline parts, never as HTML", () => {
    expect(parseInline("Les **forums** de *L'enfant de personne* <script>alert(1)</script>")).toEqual([
      { type: "text", text: "Les " },
      { type: "strong", text: "forums" },
      { type: "text", text: " de " },
      { type: "em", text: "L'enfant de personne" },
      { type: "text", text: " <script>alert(1)</script>" },
    ]);
  });

  it("keeps a stray ** from the compte rendu out of the text", () => {
    expect(parseInline("Les PTCE (pôle territorial de coopération économique)**")).toEqual([
      { type: "text", text: "Les PTCE (pôle territorial de coopération économique)" },
    ]);
  });

  it("builds headings, paragraphs and nested lists", () => {
    const blocks = parseMarkdownLite("### 1) Pourquoi ?\n\nUn texte\nsur deux lignes.\n\n- A\n  - A1\n- B");
    expect(blocks).toEqual([
      { type: "heading", inlines: [{ type: "text", text: "1) Pourquoi ?" }] },
      { type: "paragraph", inlines: [{ type: "text", text: "Un texte sur deux lignes." }] },
      {
        type: "list",
        items: [
          {
            inlines: [{ type: "text", text: "A" }],
            children: [{ type: "list", items: [{ inlines: [{ type: "text", text: "A1" }], children: [] }] }],
          },
          { inlines: [{ type: "text", text: "B" }], children: [] },
        ],
      },
    ]);
  });
});
