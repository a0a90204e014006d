import "server-only";
import { createHash } from "node:crypto";
import type { z } from "zod";
import { decodeCursor, encodeCursor } from "@/lib/api/cursor";
import { problem, PROBLEM_CONTENT_TYPE, type ProblemKind, type Problem } from "@/lib/api/problem";
import { apiRateLimitPerMinute, configuredRateLimiter } from "@/lib/api/rate-limit";
import { API_BASE_PATH, API_RESOURCES, isApiResource, type ApiResourceName } from "@/lib/api/resources";
import { LIST_PARAMETERS } from "@/lib/api/schemas";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { itemJson } from "@/lib/open-data/item-export";
import { parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { siteUrl } from "@/lib/site-url";
import { cachedRead, publicCatalogueVersion } from "@/server/cache";
import { findExportItems } from "@/server/data/exports/find-export-items";
import { findPublicOrganisations } from "@/server/data/organisations/find-public-organisations";
import { findPublicRencontres } from "@/server/data/rencontres/find-public-rencontres";
import { findPublicTables } from "@/server/data/tables/find-public-tables";
import { findPublicThemes } from "@/server/data/themes/find-public-themes";

/**
 * The read API's request handling, shared by every collection of /api/v1: CORS for any
 * origin without credentials, the per-client limit, the query parsed by the collection's zod
 * schema, an ETag from the catalogue version and the query (304 before any other query),
 * one keyset page (cached per version and query) and its `next` link, errors as problem+json.
 */
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Link, Retry-After",
  "Access-Control-Max-Age": "86400",
} as const;
const CACHE_CONTROL = "public, max-age=0, must-revalidate";

type Query<N extends ApiResourceName> = z.infer<(typeof API_RESOURCES)[N]["query"]>;
type Reader = (query: Record<string, unknown>, raw: Record<string, string | string[]>, after: string | null) => Promise<{ id: string }[]>;

async function itemsPage(kind: "IDEA" | "EXAMPLE", raw: Record<string, string | string[]>, limit: number, after: string | null) {
  // The page's own parsing of its filters, and the download's conditions and keyset order.
  const { filters } = parseCatalogueQuery(raw);
  const batches = findExportItems(kind, filters, limit + 1, after);
  const first = await batches.next();
  await batches.return(undefined);
  return (first.value ?? []).map(itemJson);
}

const READERS: Record<ApiResourceName, Reader> = {
  rencontres: (q, _raw, after) => {
    const query = q as Query<"rencontres">;
    return findPublicRencontres({ ville: query.ville ?? null, annee: query.annee ? Number(query.annee) : null, after, limit: query.limit });
  },
  tables: (q, _raw, after) => findPublicTables({ rencontre: (q as Query<"tables">).rencontre ?? null, after, limit: (q as Query<"tables">).limit }),
  pistes: (q, raw, after) => itemsPage("IDEA", raw, (q as Query<"pistes">).limit, after),
  exemples: (q, raw, after) => itemsPage("EXAMPLE", raw, (q as Query<"exemples">).limit, after),
  themes: (q, _raw, after) => findPublicThemes({ after, limit: (q as Query<"themes">).limit }),
  organisations: (q, _raw, after) =>
    findPublicOrganisations({ q: (q as Query<"organisations">).q ?? "", after, limit: (q as Query<"organisations">).limit }),
};

const limiter = configuredRateLimiter(() => apiRateLimitPerMinute(process.env.API_RATE_LIMIT_PER_MINUTE));

export function problemResponse(
  kind: ProblemKind,
  detail: string,
  extra: { instance?: string; erreurs?: Problem["erreurs"]; headers?: Record<string, string> } = {},
) {
  const body = problem(kind, detail, { instance: extra.instance, erreurs: extra.erreurs });
  return Response.json(body, {
    status: body.status,
    headers: { ...CORS_HEADERS, "Content-Type": `${PROBLEM_CONTENT_TYPE}; charset=utf-8`, "Cache-Control": "no-store", ...extra.headers },
  });
}

function queryValues(search: URLSearchParams): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of search) {
    const previous = values[name];
    if (LIST_PARAMETERS.has(name)) values[name] = [...((previous as string[] | undefined) ?? []), value];
    else values[name] = previous === undefined ? value : [...[previous].flat(), value];
  }
  return values;
}

function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}

export async function handleApiRequest(request: Request, name: string): Promise<Response> {
  const url = new URL(request.url);
  const client = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "inconnue";
  const allowance = limiter.take(client);
  if (!allowance.allowed) {
    return problemResponse("trop-de-requetes", `Trop de requêtes depuis votre adresse : réessayez dans ${allowance.retryAfterSeconds} s.`, {
      instance: url.pathname,
      headers: { "Retry-After": String(allowance.retryAfterSeconds) },
    });
  }

  if (!isApiResource(name)) {
    return problemResponse("introuvable", `Il n’y a pas de collection « ${name.slice(0, 60)} » dans l’API : voyez /api/v1/openapi.json.`, {
      instance: url.pathname,
    });
  }
  const raw = queryValues(url.searchParams);
  const parsed = API_RESOURCES[name].query.safeParse(raw);
  if (!parsed.success) {
    const erreurs = parsed.error.issues.map((issue) => ({
      parametre: issue.path.length > 0 ? String(issue.path[0]) : issue.code === "unrecognized_keys" ? issue.keys.join(", ") : "",
      message: issue.message,
    }));
    return problemResponse("requete-invalide", "La requête contient des paramètres invalides : voyez le champ erreurs.", {
      instance: `${url.pathname}${url.search}`,
      erreurs,
    });
  }
  const query = parsed.data as Record<string, unknown> & { cursor?: string; limit: number };

  const canonical = JSON.stringify(Object.entries(parsed.data).sort(([a], [b]) => a.localeCompare(b)));
  const hash = createHash("sha256").update(canonical).digest("base64url").slice(0, 22);
  const etag = `"v${await publicCatalogueVersion()}-${name}-${hash}"`;
  const headers: Record<string, string> = { ...CORS_HEADERS, ETag: etag, "Cache-Control": CACHE_CONTROL, Vary: "Accept-Encoding" };
  if (etagMatches(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  // One read per catalogue version and query in this instance (the public reads' cache, src/server/cache.ts).
  const rows = await cachedRead(`api:${name}:${hash}`, () => READERS[name](query, raw, query.cursor ? decodeCursor(query.cursor) : null));
  const items = rows.slice(0, query.limit);
  let next: string | null = null;
  if (rows.length > query.limit) {
    const nextUrl = new URL(`${siteUrl()}${API_BASE_PATH}/${name}`);
    for (const [key, value] of url.searchParams) if (key !== "cursor") nextUrl.searchParams.append(key, value);
    nextUrl.searchParams.set("cursor", encodeCursor(items[items.length - 1]!.id));
    next = nextUrl.toString();
    headers.Link = `<${next}>; rel="next"`;
  }
  return Response.json(
    { items, next },
    { headers: { ...headers, "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff" } },
  );
}

export function apiOptions(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: "GET, HEAD, OPTIONS" } });
}

export function apiMethodNotAllowed(request: Request): Response {
  return problemResponse(
    "methode-non-permise",
    `L’API est en lecture seule : ${request.method.slice(0, 10)} n’y est pas permis (GET, HEAD, OPTIONS seulement).`,
    {
      instance: new URL(request.url).pathname,
      headers: { Allow: "GET, HEAD, OPTIONS" },
    },
  );
}
