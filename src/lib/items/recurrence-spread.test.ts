import { describe, expect, it } from "vitest";
import { recurrenceSpread, recurrenceWording } from "./recurrence-spread";

const at = (slug: string, table: number) => ({ rencontre: { slug }, table });

describe("recurrenceSpread", () => {
  it("counts the rencontres and the tables of an item and the items linked to it", () => {
    expect(recurrenceSpread("IDEA", at("paris-2021", 3), [at("paris-2021", 5), at("paris-2021", 6)])).toBe("Évoquée dans 1 rencontre, 3 tables");
    expect(recurrenceSpread("IDEA", at("paris-2021", 1), [at("lyon-2024", 1)])).toBe("Évoquée dans 2 rencontres, 2 tables");
    expect(recurrenceSpread("EXAMPLE", at("paris-2021", 1), [at("lyon-2024", 1), at("lyon-2024", 1)])).toBe("Évoqué dans 2 rencontres, 2 tables");
  });

  it("says nothing of an item raised at its own table only", () => {
    expect(recurrenceSpread("IDEA", at("paris-2021", 1), [])).toBeNull();
  });
});

describe("recurrenceWording", () => {
  it("words counts made elsewhere, feminine for ideas, masculine for examples", () => {
    expect(recurrenceWording("IDEA", { rencontres: 2, tables: 3 })).toBe("Évoquée dans 2 rencontres, 3 tables");
    expect(recurrenceWording("EXAMPLE", { rencontres: 1, tables: 2 })).toBe("Évoqué dans 1 rencontre, 2 tables");
  });
});
