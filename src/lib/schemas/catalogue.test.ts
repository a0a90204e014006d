import { describe, expect, it } from "vitest";
import { catalogueQueryString, parseCatalogueQuery } from "./catalogue";

describe("the catalogue's order and year in the address", () => {
  it("sorts by relevance when searching and by date otherwise, and keeps the default out of links", () => {
    expect(parseCatalogueQuery({}).filters.sort).toBe("recentes");
    expect(parseCatalogueQuery({ q: "stage" }).filters.sort).toBe("pertinence");
    expect(parseCatalogueQuery({ q: "stage", tri: "recentes" }).filters.sort).toBe("recentes");
    expect(parseCatalogueQuery({ tri: "recurrentes" }).filters.sort).toBe("recurrentes");
    expect(catalogueQueryString(parseCatalogueQuery({ q: "stage", tri: "pertinence" }).filters)).toBe("?q=stage");
    expect(catalogueQueryString(parseCatalogueQuery({ tri: "recurrentes", annee: "2021" }).filters)).toBe("?annee=2021&tri=recurrentes");
  });

  it("reports an unknown order or year instead of failing", () => {
    const parsed = parseCatalogueQuery({ tri: "<script>", annee: "21" });
    expect(parsed.filters).toMatchObject({ sort: "recentes", year: null });
    expect(parsed.ignored).toEqual(["tri « <script> »", "année « 21 »"]);
    // Relevance without words is simply the default order.
    expect(parseCatalogueQuery({ tri: "pertinence" })).toMatchObject({ filters: { sort: "recentes" }, ignored: [] });
  });
});
