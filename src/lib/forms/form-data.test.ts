import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, formDataToObject } from "./form-data";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("formDataToObject", () => {
  it("builds lists in index order from dotted names, with repeated names as lists", () => {
    const data = form([
      ["number", "1"],
      ["ideas.10.text", "troisième"],
      ["ideas.0.text", "première"],
      ["ideas.0.themes", "a"],
      ["ideas.0.themes", "b"],
      ["ideas.2.text", "deuxième"],
      ["$ACTION_ID_x", "ignored"],
    ]);
    expect(formDataToObject(data)).toEqual({
      number: "1",
      ideas: [{ text: "première", themes: ["a", "b"] }, { text: "deuxième" }, { text: "troisième" }],
    });
  });

  it("ignores prototype keys and absurd indexes", () => {
    const data = form([
      ["__proto__.polluted", "yes"],
      ["ideas.999999999.text", "far"],
      ["title", "ok"],
    ]);
    const result = formDataToObject(data);
    expect(result).toEqual({ title: "ok" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("fieldErrorsOf", () => {
  it("keys messages by the input's name", () => {
    const schema = z.object({ ideas: z.array(z.object({ text: z.string().min(1, "Texte requis.") })) });
    const result = schema.safeParse({ ideas: [{ text: "a" }, { text: "" }] });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ "ideas.1.text": ["Texte requis."] });
  });
});
