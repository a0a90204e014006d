import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import { beforeEach, describe, expect, it } from "vitest";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { API_RESOURCE_NAMES } from "@/lib/api/resources";
import { forgetCatalogueVersion } from "@/server/cache";
import { db } from "@/server/db";
import { findExportItems } from "@/server/data/exports/find-export-items";
import { publicOrganisationWhere } from "@/server/data/organisations/public-organisation-where";
import { searchItems } from "@/server/data/search/search-items";
import { seedParis2021 } from "../../../../../tests/helpers/seed";
import { user } from "../../../../../tests/helpers/users";
import { GET as openApi } from "../openapi.json/route";
import { GET, OPTIONS, POST } from "./route";

type Page = { items: { id: string; [key: string]: unknown }[]; next: string | null };

let client = 0;
async function call(address: string, headers: Record<string, string> = {}) {
  const url = new URL(address, "http://localhost:3000");
  const ressource = url.pathname.split("/").pop()!;
  // Each call its own client, unless a test names one: the rate limit is not what most tests look at.
  const request = new Request(url, { headers: { [CLIENT_ADDRESS_HEADER]: `10.0.0.${++client % 250}`, ...headers } });
  return GET(request, { params: Promise.resolve({ ressource }) });
}

async function page(address: string): Promise<Page> {
  const response = await call(address);
  expect(response.status).toBe(200);
  return (await response.json()) as Page;
}

/** Every row of a collection, following the next links. */
async function walk(address: string): Promise<{ ids: string[]; pages: number; bodies: Page[] }> {
  const ids: string[] = [];
  const bodies: Page[] = [];
  let next: string | null = address;
  while (next) {
    const body = await page(next);
    bodies.push(body);
    ids.push(...body.items.map((i) => i.id));
    next = body.next;
  }
  return { ids, pages: bodies.length, bodies };
}

const SECRET_IDEA = "Une piste secrète du brouillon";
const SECRET_ORGANISATION = "Organisation du brouillon";
let hiddenName = "";

beforeEach(async () => {
  await seedParis2021();
  // A draft rencontre with a table, an idea of a known theme and an organisation of its own; a hidden person; an organiser's e-mail.
  const theme = await db.theme.findUniqueOrThrow({ where: { slug: "apprentissage-et-formation" }, select: { id: true } });
  const draft = await db.rencontre.create({
    data: { slug: "brouillon-lyon", title: "Brouillon", city: "Lyon", cityKey: "lyon", date: new Date("2026-03-01") },
  });
  const organisation = await db.organisation.create({
    data: { slug: "organisation-du-brouillon", name: SECRET_ORGANISATION, nameKey: "organisation du brouillon" },
  });
  const person = await db.person.create({ data: { lastName: "Secret", fullName: "Camille SECRET", nameKey: "camille secret" } });
  const table = await db.table.create({ data: { rencontreId: draft.id, number: 1 } });
  await db.participation.create({ data: { tableId: table.id, personId: person.id, organisationId: organisation.id, position: 0 } });
  await db.item.create({
    data: {
      kind: "IDEA",
      rencontreId: draft.id,
      tableId: table.id,
      text: SECRET_IDEA,
      plainText: SECRET_IDEA,
      searchText: "une piste secrete du brouillon",
      position: 0,
      status: "PROPOSEE",
      themes: { create: { themeId: theme.id } },
    },
  });
  const hidden = await db.person.findFirstOrThrow({
    where: { participations: { some: {} }, fullName: { not: "Camille SECRET" } },
    select: { id: true, fullName: true },
  });
  await db.person.update({ where: { id: hidden.id }, data: { visibility: "HIDDEN" } });
  hiddenName = hidden.fullName;
  await user("organisatrice@example.org", "ADMIN");
});

describe("/api/v1 collections", () => {
  it("give the ideas /pistes?theme=apprentissage-et-formation counts, the same ids as the download, page after page", async () => {
    const filters = parseCatalogueQuery({ theme: "apprentissage-et-formation" }).filters;
    const expected: string[] = [];
    for await (const batch of findExportItems("IDEA", filters)) expected.push(...batch.map((i) => i.id));
    const { ids, pages } = await walk("/api/v1/pistes?theme=apprentissage-et-formation&limit=3");
    expect(ids).toHaveLength((await searchItems("IDEA", filters)).total);
    expect(ids).toEqual(expected);
    expect(pages).toBe(2);
    // The examples of a cited organisation, a row a page: the download's rows and the page's count.
    const cited = parseCatalogueQuery({ organisation: "soliguide" }).filters;
    const citedIds: string[] = [];
    for await (const batch of findExportItems("EXAMPLE", cited)) citedIds.push(...batch.map((i) => i.id));
    const soliguide = await walk("/api/v1/exemples?organisation=soliguide&limit=1");
    expect(soliguide.ids).toEqual(citedIds);
    expect(soliguide.ids.length).toBe((await searchItems("EXAMPLE", cited)).total);
    expect(soliguide.ids.length).toBeGreaterThan(0);
  });

  it("walk every row of each collection exactly once, in pages of at most `limit`", async () => {
    const counts = {
      rencontres: 1,
      tables: 6,
      pistes: 42,
      exemples: 29,
      themes: await db.theme.count(),
      organisations: await db.organisation.count({ where: publicOrganisationWhere }),
    };
    for (const name of API_RESOURCE_NAMES) {
      const { ids, bodies } = await walk(`/api/v1/${name}?limit=4`);
      expect(ids, name).toHaveLength(counts[name]);
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(bodies.every((b) => b.items.length <= 4)).toBe(true);
      expect(bodies.at(-1)!.next).toBeNull();
    }
    expect(counts.organisations).toBeGreaterThan(10);
  });

  it("filter like the pages: search, rencontre, status, city and year, organisation name", async () => {
    const visMaVie = await page("/api/v1/pistes?q=vis+ma+vie");
    expect(visMaVie.items.map((i) => (i.table as { numero: number }).numero).sort()).toEqual([3, 5]);
    expect((await page("/api/v1/exemples?rencontre=paris-2021&limit=100")).items).toHaveLength(29);
    const realisees = await page("/api/v1/pistes?statut=realisee");
    expect(realisees.items).toEqual([]);
    expect((await page("/api/v1/rencontres?ville=paris&annee=2021")).items.map((r) => r.slug)).toEqual(["paris-2021"]);
    expect((await page("/api/v1/rencontres?annee=2020")).items).toEqual([]);
    expect((await page("/api/v1/tables?rencontre=paris-2021")).items).toHaveLength(6);
    expect((await page("/api/v1/tables?rencontre=brouillon-lyon")).items).toEqual([]);
    const soliguide = await page("/api/v1/organisations?q=soliguide");
    expect(soliguide.items.map((o) => o.nom)).toEqual(["Soliguide"]);
  });

  it("never give a draft, a hidden name or an e-mail address", async () => {
    const everything: string[] = [];
    for (const name of API_RESOURCE_NAMES) everything.push(...(await walk(`/api/v1/${name}?limit=100`)).bodies.map((b) => JSON.stringify(b)));
    everything.push(JSON.stringify(await page("/api/v1/pistes?rencontre=brouillon-lyon&limit=100")));
    const text = everything.join("\n");
    for (const secret of [SECRET_IDEA, SECRET_ORGANISATION, "brouillon-lyon", "Camille SECRET", hiddenName, "organisatrice@example.org"]) {
      expect(text.includes(secret), secret).toBe(false);
    }
    expect(text.includes("@")).toBe(false);
  });

  it("answer 304 to a client holding the current ETag, and 200 with a new ETag after a change", async () => {
    const first = await call("/api/v1/pistes?theme=apprentissage-et-formation");
    const etag = first.headers.get("etag")!;
    expect(first.headers.get("cache-control")).toBe("public, max-age=0, must-revalidate");
    expect((await call("/api/v1/pistes?theme=apprentissage-et-formation", { "If-None-Match": etag })).status).toBe(304);
    // Another query is another ETag.
    expect((await call("/api/v1/pistes?theme=apprentissage-et-formation&limit=5", { "If-None-Match": etag })).status).toBe(200);
    await db.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 99 }, update: { version: { increment: 1 } } });
    const after = await call("/api/v1/pistes?theme=apprentissage-et-formation", { "If-None-Match": etag });
    expect(after.status).toBe(200);
    expect(after.headers.get("etag")).not.toBe(etag);
  });

  it("serve a repeated query from the cache of public reads, and the new content and ETag once the catalogue changes", async () => {
    process.env.RENCONTRES_CACHE = "on";
    forgetCatalogueVersion();
    try {
      const address = "/api/v1/pistes?q=vis+ma+vie&limit=1";
      const first = await call(address);
      const before = ((await first.json()) as Page).items[0]!;
      await db.item.update({ where: { id: before.id }, data: { plainText: "Texte changé" } });
      // Same version: the cached page, the same ETag.
      const again = await call(address);
      expect(again.headers.get("etag")).toBe(first.headers.get("etag"));
      expect(((await again.json()) as Page).items[0]!.texte).toBe(before.texte);
      await db.catalogueState.upsert({ where: { id: 1 }, create: { id: 1, version: 99 }, update: { version: { increment: 1 } } });
      forgetCatalogueVersion();
      const after = await call(address);
      expect(after.headers.get("etag")).not.toBe(first.headers.get("etag"));
      expect(((await after.json()) as Page).items[0]!.texte).toBe("Texte changé");
    } finally {
      process.env.RENCONTRES_CACHE = "off";
    }
  });

  it("give a next link in the body and the Link header, and read-only CORS headers for any origin", async () => {
    const response = await call("/api/v1/pistes?limit=10", { Origin: "https://partenaire.example" });
    const body = (await response.json()) as Page;
    expect(response.headers.get("link")).toBe(`<${body.next}>; rel="next"`);
    expect(new URL(body.next!).searchParams.get("limit")).toBe("10");
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("access-control-expose-headers")).toContain("ETag");
    const preflight = OPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-methods")).toBe("GET, HEAD, OPTIONS");
    const post = POST(new Request("http://localhost:3000/api/v1/pistes", { method: "POST" }));
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("answer a bad query with a French problem+json naming each parameter", async () => {
    for (const address of [
      "/api/v1/pistes?limit=500",
      "/api/v1/pistes?statut=fini",
      "/api/v1/pistes?cursor=abc",
      "/api/v1/rencontres?annee=21",
      "/api/v1/themes?tri=nom",
    ]) {
      const response = await call(address);
      expect(response.status, address).toBe(400);
      expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      const body = (await response.json()) as {
        type: string;
        title: string;
        status: number;
        detail: string;
        erreurs: { parametre: string; message: string }[];
      };
      expect(body).toMatchObject({ title: "Requête invalide", status: 400, type: "/api#erreur-requete-invalide" });
      expect(body.erreurs[0]!.parametre).toBe(new URL(address, "http://x").searchParams.keys().next().value);
    }
    const limit = (await (await call("/api/v1/pistes?limit=500")).json()) as { erreurs: { message: string }[] };
    expect(limit.erreurs[0]!.message).toMatch(/^Trop grand/);
    const unknown = await call("/api/v1/personnes");
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { title: string }).title).toBe("Ressource introuvable");
  });

  it("answer 429 with Retry-After past the per-client limit, and keep serving other clients", async () => {
    process.env.API_RATE_LIMIT_PER_MINUTE = "3";
    try {
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 4; i++) {
        last = await call("/api/v1/themes", { [CLIENT_ADDRESS_HEADER]: "192.0.2.7" });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(last!.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
      expect(((await last!.json()) as { title: string }).title).toBe("Trop de requêtes");
      expect((await call("/api/v1/themes", { [CLIENT_ADDRESS_HEADER]: "192.0.2.8" })).status).toBe(200);
    } finally {
      delete process.env.API_RATE_LIMIT_PER_MINUTE;
    }
  });
});

describe("/api/v1/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document with every collection, and each answer matches its documented schema", async () => {
    const response = openApi();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const document = (await response.json()) as {
      openapi: string;
      paths: Record<
        string,
        { get: { parameters: { name: string }[]; responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
      >;
      components: { schemas: Record<string, object> };
    };
    expect(document.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, result.valid ? "" : JSON.stringify(result.errors)).toBe(true);
    expect(result.specification).toBe("OpenAPI");
    expect(Object.keys(document.paths).sort()).toEqual(API_RESOURCE_NAMES.map((n) => `/api/v1/${n}`).sort());
    expect(document.paths["/api/v1/pistes"]!.get.parameters.map((p) => p.name).sort()).toEqual(
      ["cursor", "limit", "organisation", "q", "rencontre", "statut", "theme", "ville"].sort(),
    );

    // Contract: every documented endpoint, called, answers what its schema says.
    const ajv = new Ajv2020({ strict: false });
    ajv.addFormat("uri", true).addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
    ajv.addSchema({ $id: "openapi.json", components: document.components });
    for (const [path, item] of Object.entries(document.paths)) {
      const ref = item.get.responses["200"]!.content!["application/json"]!.schema.$ref;
      const check = ajv.compile({ $ref: `openapi.json${ref}` });
      const body = await page(`${path}?limit=5`);
      expect(check(body), `${path}: ${ajv.errorsText(check.errors)}`).toBe(true);
      const bad = await call(`${path}?limit=0`);
      expect(bad.status).toBe(400);
      expect(ajv.compile({ $ref: "openapi.json#/components/schemas/Problem" })(await bad.json())).toBe(true);
    }
  });
});
