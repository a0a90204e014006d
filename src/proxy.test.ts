import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { markDatabaseDown, markDatabaseUp, registerDatabaseProbe } from "@/lib/database-availability";
import { proxy } from "./proxy";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(new URL(path, "http://localhost:3000"), init);

describe("the proxy's security headers and limits", () => {
  const siteUrl = process.env.SITE_URL;
  afterEach(() => {
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
  });

  it("gives every path a Content-Security-Policy, names that only start like the organisers' area included", async () => {
    for (const path of ["/adminfoo", "/connexionx", "/rencontres/paris-2021", "/pistes?q=stage", "/nimporte/quoi", "/admin/themes", "/connexion"]) {
      const response = await proxy(request(path));
      expect(response.headers.get("content-security-policy"), path).toContain("default-src 'self'");
    }
    // Only the areas rendered per request get a nonce.
    expect((await proxy(request("/adminfoo"))).headers.get("content-security-policy")).not.toContain("nonce-");
    expect((await proxy(request("/admin"))).headers.get("content-security-policy")).toContain("nonce-");
  });

  it("sends HSTS when the site is served over https, and not over http", async () => {
    process.env.SITE_URL = "https://rencontres.example.org";
    for (const path of ["/", "/pistes", "/admin", "/rencontres/paris-2021"]) {
      expect((await proxy(request(path))).headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{7,}/);
    }
    process.env.SITE_URL = "http://localhost:3000";
    expect((await proxy(request("/"))).headers.get("strict-transport-security")).toBeNull();
  });

  it("answers an oversized body with 413 and a French page, before anything reads it", async () => {
    const response = await proxy(
      request("/admin/import", { method: "POST", headers: { "content-length": String(6 * 1024 * 1024), "next-action": "x" } }),
    );
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Envoi trop volumineux");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
    expect((await proxy(request("/admin/import", { method: "POST", headers: { "content-length": "1000", "next-action": "x" } }))).status).not.toBe(
      413,
    );
  });
});

describe("the proxy's limit of filter addresses per client", () => {
  const limit = process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE;
  afterEach(() => {
    if (limit === undefined) delete process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE;
    else process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE = limit;
  });
  const from = (client: string, path: string) => proxy(request(path, { headers: { [CLIENT_ADDRESS_HEADER]: client } }));

  it("makes a client walking through combinations of filters wait, with a French 429, and no one else", async () => {
    process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE = "5";
    for (let n = 1; n <= 5; n += 1) expect((await from("203.0.113.7", `/pistes?q=stage&page=${n}`)).status, `address ${n}`).toBe(200);
    const refused = await from("203.0.113.7", "/exemples?q=stage");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await refused.text()).toContain("Trop de recherches à la suite");
    expect(refused.headers.get("content-security-policy")).toContain("default-src 'self'");
    // The unfiltered lists and the other pages stay open to it; another client is not counted with it.
    for (const path of ["/pistes", "/exemples", "/rencontres/paris-2021", "/observatoire?annee=2021"])
      expect((await from("203.0.113.7", path)).status, path).toBe(200);
    expect((await from("198.51.100.2", "/pistes?q=stage")).status).toBe(200);
  });

  it("is off with CATALOGUE_RATE_LIMIT_PER_MINUTE=0", async () => {
    process.env.CATALOGUE_RATE_LIMIT_PER_MINUTE = "0";
    for (let n = 1; n <= 200; n += 1) expect((await from("203.0.113.8", `/pistes?q=stage&page=${n}`)).status).toBe(200);
  });
});

describe("the proxy while the database is down", () => {
  afterEach(() => markDatabaseUp());

  it("answers the read API with a French problem+json 503 and Retry-After, and the pages with the French page", async () => {
    registerDatabaseProbe(async () => {
      throw new Error("Can't reach database server");
    });
    markDatabaseDown();
    const api = await proxy(request("/api/v1/pistes?theme=apprentissage-et-formation"));
    expect(api.status).toBe(503);
    expect(api.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(api.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(api.headers.get("access-control-allow-origin")).toBe("*");
    expect(await api.json()).toMatchObject({ status: 503, title: "Service indisponible" });
    const page = await proxy(request("/pistes"));
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });
});
