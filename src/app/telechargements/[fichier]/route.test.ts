import { beforeEach, describe, expect, it } from "vitest";
import { ITEM_CSV_HEADER } from "@/lib/open-data/item-export";
import { downloadAddress } from "@/lib/open-data/download-address";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import { findExportItems } from "@/server/data/exports/find-export-items";
import { searchItems } from "@/server/data/search/search-items";
import { parseCsv } from "../../../../tests/helpers/csv";
import { seedParis2021 } from "../../../../tests/helpers/seed";
import { GET } from "./route";
import { createDraftIdea } from "../../../../tests/helpers/draft-idea";

async function download(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, "http://localhost:3000");
  const fichier = url.pathname.split("/").pop()!;
  return GET(new Request(url, { headers }), { params: Promise.resolve({ fichier }) });
}

async function csvRows(address: string) {
  const response = await download(address);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // UTF-8 BOM, so that Excel reads the accents right.
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes).slice(1);
  const [header, ...rows] = parseCsv(text, ";");
  return { response, header, rows };
}

const SECRET_IDEA = "Une piste secrète du brouillon";

beforeEach(async () => {
  await seedParis2021();
  // A draft rencontre with an idea of the same theme, and a hidden person: neither may leave.
  await createDraftIdea({ title: "Brouillon", text: SECRET_IDEA, searchText: "une piste secrete du brouillon" });
  await db.person.updateMany({ where: { fullName: { contains: "a" } }, data: { visibility: "HIDDEN" } });
});

describe("/telechargements/pistes.csv", () => {
  it("holds exactly the ideas /pistes?theme=apprentissage-et-formation counts, accents intact, one row per idea", async () => {
    const filters = parseCatalogueQuery({ theme: "apprentissage-et-formation" }).filters;
    const page = await searchItems("IDEA", filters);
    expect(page.total).toBe(4);
    const { response, header, rows } = await csvRows(downloadAddress("IDEA", "csv", filters));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="pistes-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(header).toEqual([...ITEM_CSV_HEADER]);
    expect(rows).toHaveLength(page.total);
    const unites = rows.find((r) => r[0] === "Des unités d'enseignement communes")!;
    expect(unites).toBeDefined();
    expect(unites.slice(2, 8)).toEqual(["Apprentissage et formation", "Proposée", "2", "Grande Rencontre", "Paris", "2021-12-13"]);
    expect(unites[8]).toBe("http://localhost:3000/pistes/des-unites-d-enseignement-communes");
    expect(rows.map((r) => r[0])).not.toContain(SECRET_IDEA);
  });

  it("gives every idea of the catalogue without filters, in RFC 4180 quoting, drafts left out", async () => {
    const { rows } = await csvRows("/telechargements/pistes.csv");
    expect(rows).toHaveLength(42);
    expect(rows.every((r) => r.length === ITEM_CSV_HEADER.length)).toBe(true);
    expect(rows.map((r) => r[0])).not.toContain(SECRET_IDEA);
    const hidden = await db.person.findFirstOrThrow({ where: { visibility: "HIDDEN" }, select: { fullName: true } });
    expect(rows.flat().join("\n")).not.toContain(hidden.fullName);
    // The page number of the page one came from is ignored: a download holds every page.
    expect((await csvRows("/telechargements/pistes.csv?page=3")).rows).toHaveLength(42);
  });

  it("follows the other filters of the page (search, rencontre) and ignores what is invalid", async () => {
    const visMaVie = await csvRows("/telechargements/pistes.csv?q=vis+ma+vie");
    expect(visMaVie.rows.map((r) => r[4]).sort()).toEqual(["3", "5"]);
    const draft = await csvRows("/telechargements/pistes.csv?rencontre=brouillon-lyon");
    // A draft is unknown to the public: the filter is dropped, as on the page.
    expect(draft.rows).toHaveLength(42);
    const examples = await csvRows("/telechargements/exemples.csv?rencontre=paris-2021&statut=%3Cscript%3E");
    expect(examples.rows).toHaveLength(29);
  });
});

describe("/telechargements/pistes.json", () => {
  it("holds the same ids as the CSV's rows and the page's count, with the ids of themes, table and rencontre", async () => {
    const filters = parseCatalogueQuery({ theme: "apprentissage-et-formation" }).filters;
    const response = await download(downloadAddress("IDEA", "json", filters));
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const body = (await response.json()) as {
      type: string;
      filtres: string;
      items: { id: string; texte: string; table: { id: string; numero: number } }[];
    };
    expect(body.type).toBe("pistes");
    expect(body.filtres).toBe("theme=apprentissage-et-formation");
    const ids: string[] = [];
    for await (const batch of findExportItems("IDEA", filters)) ids.push(...batch.map((i) => i.id));
    expect(body.items.map((i) => i.id).sort()).toEqual(ids.sort());
    expect(body.items).toHaveLength((await searchItems("IDEA", filters)).total);
    expect(body.items.map((i) => i.texte)).toContain("Des unités d'enseignement communes");
    expect(JSON.stringify(body)).not.toContain(SECRET_IDEA);
  });

  it("is valid JSON when nothing matches", async () => {
    const body = (await (await download("/telechargements/pistes.json?q=zzzzzz")).json()) as { items: unknown[] };
    expect(body.items).toEqual([]);
  });
});

describe("downloads in batches", () => {
  it("reads every row through several keyset batches, once each", async () => {
    const ids: string[] = [];
    let batches = 0;
    for await (const batch of findExportItems("IDEA", parseCatalogueQuery({}).filters, 5)) {
      batches++;
      ids.push(...batch.map((i) => i.id));
    }
    expect(batches).toBe(9);
    expect(new Set(ids).size).toBe(42);
  });

  it("answers 304 to a client that has the current version, and a new ETag after a change", async () => {
    const first = await download("/telechargements/pistes.csv?theme=apprentissage-et-formation");
    const etag = first.headers.get("etag")!;
    expect((await download("/telechargements/pistes.csv?theme=apprentissage-et-formation", { "If-None-Match": etag })).status).toBe(304);
    await db.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 99 }, update: { version: { increment: 1 } } });
    expect((await download("/telechargements/pistes.csv?theme=apprentissage-et-formation", { "If-None-Match": etag })).status).toBe(200);
  });

  it("answers 404 for a file that is not a download", async () => {
    expect((await download("/telechargements/personnes.csv")).status).toBe(404);
  });
});
