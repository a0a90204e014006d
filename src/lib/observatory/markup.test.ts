import { describe, expect, it } from "vitest";
import { el, fragment, shape } from "./markup";

describe("chart markup", () => {
  it("escapes every text and attribute value, so that a theme or city name stays text", () => {
    const hostile = `<script>alert(1)</script>" onload="alert(2)' &amp;`;
    const markup = el("text", { x: 1, fill: hostile }, hostile).markup;
    expect(markup).toBe(
      '<text x="1" fill="&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp;amp;">&lt;script&gt;alert(1)&lt;/script&gt;&quot; onload=&quot;alert(2)&#39; &amp;amp;</text>',
    );
    expect(markup).not.toMatch(/<script|onload="/);
  });

  it("writes numbers with at most one decimal, leaves out empty attributes and children, and nests", () => {
    expect(shape("rect", { x: 230.04999, width: 12.345, fill: undefined, rx: null }).markup).toBe('<rect x="230" width="12.3"/>');
    expect(fragment(el("g", {}, el("title", {}, "Titre"), false, null, 3), ["a", el("desc", {}, "b")]).markup).toBe(
      "<g><title>Titre</title>3</g>a<desc>b</desc>",
    );
  });
});
