import { NextResponse, type NextRequest } from "next/server";
import { problem, PROBLEM_CONTENT_TYPE } from "@/lib/api/problem";
import { API_BASE_PATH } from "@/lib/api/base-path";
import { isDatabaseStillDown } from "@/lib/database-availability";
import { CACHE_ROUTE_PREFIX, CACHED_VIEWS, cacheKeyOf, isCatalogueView, MAX_CACHED_QUERY_LENGTH, viewSearch } from "@/lib/page-cache/page-cache";
import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address";
import { takeFilterAddress } from "@/lib/page-cache/filter-rate-limit";
import { tidyCatalogueQueryString } from "@/lib/schemas/catalogue";
import {
  COMMON_SECURITY_HEADERS,
  hstsHeader,
  isNonceArea,
  MAX_REQUEST_BODY_BYTES,
  nonceCsp,
  PUBLIC_CSP,
  TOO_LARGE_PAGE,
  TOO_MANY_FILTERS_PAGE,
} from "@/lib/security-headers";
import { UNAVAILABLE_PAGE, UNAVAILABLE_RETRY_AFTER_SECONDS } from "@/lib/unavailable-page";

/**
 * Gives the pages rendered per request (organisers' area, sign-in) a Content-Security-Policy
 * with a fresh nonce, which Next.js puts on its own scripts.
 */
function withNonce(request: NextRequest): NextResponse {
  const csp = nonceCsp(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

/**
 * While the database is down (src/lib/database-availability.ts), every page answers 503
 * with a French page saying so, instead of an error page. Server action posts
 * go through: the action itself answers with a message and the form's input.
 */
function unavailable(): NextResponse {
  return page(UNAVAILABLE_PAGE, 503, { "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS) });
}

/** The read API says the same in its own format (RFC 9457), readable from any origin. */
function apiUnavailable(): NextResponse {
  const body = problem("indisponible", `La base de données ne répond pas : réessayez dans ${UNAVAILABLE_RETRY_AFTER_SECONDS} s.`);
  return NextResponse.json(body, {
    status: 503,
    headers: {
      "Content-Type": `${PROBLEM_CONTENT_TYPE}; charset=utf-8`,
      "Cache-Control": "no-store",
      "Retry-After": String(UNAVAILABLE_RETRY_AFTER_SECONDS),
      "Access-Control-Allow-Origin": "*",
    },
  });
}

/** A self-contained French page answered by the proxy itself, with every security header. */
function page(html: string, status: number, extra: Record<string, string> = {}): NextResponse {
  const response = new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "Content-Security-Policy": PUBLIC_CSP, ...extra },
  });
  for (const { key, value } of COMMON_SECURITY_HEADERS) response.headers.set(key, value);
  return response;
}

/** HSTS (when the site is served over https) on every response the proxy lets through. */
function secured(response: NextResponse): NextResponse {
  const hsts = hstsHeader(process.env.SITE_URL);
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

/**
 * Routes the pages that read their query string to the page cache (src/lib/page-cache), and
 * sets the nonce-based policy of the pages rendered per request. No authorisation happens
 * here: the admin area checks the session in its pages, actions and data functions.
 */
export async function proxy(request: NextRequest) {
  return secured(await route(request));
}

async function route(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  // A declared body over the limit is refused before anything reads it (Next.js would
  // answer an oversized server action with a bare 500).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_REQUEST_BODY_BYTES) return page(TOO_LARGE_PAGE, 413);
  if (!request.headers.has("next-action") && (await isDatabaseStillDown()))
    return pathname.startsWith(`${API_BASE_PATH}/`) ? apiUnavailable() : unavailable();
  if (isNonceArea(pathname)) return withNonce(request);
  const view = CACHED_VIEWS[pathname as keyof typeof CACHED_VIEWS];
  if (!view) return publicPage();

  // The home page reads no query string, the observatory its year only: what else follows "?" is dropped.
  const search = viewSearch(view, searchParams);
  if (isCatalogueView(view)) {
    const values: Record<string, string[]> = {};
    search.forEach((value, name) => (values[name] ??= []).push(value));
    const tidy = tidyCatalogueQueryString(values);
    if (tidy !== null) return NextResponse.redirect(new URL(`${pathname}${tidy}`, request.url));
    // A client walking through combinations of filters (a crawler) waits; the unfiltered lists stay open.
    const wait = search.size > 0 ? takeFilterAddress(request.headers.get(CLIENT_ADDRESS_HEADER) ?? "inconnue") : null;
    if (wait !== null) return page(TOO_MANY_FILTERS_PAGE, 429, { "Retry-After": String(wait) });
  }
  if (search.toString().length > MAX_CACHED_QUERY_LENGTH) return publicPage();

  const target = request.nextUrl.clone();
  target.pathname = `${CACHE_ROUTE_PREFIX}${view}/${cacheKeyOf(search)}`;
  const response = NextResponse.rewrite(target);
  response.headers.set("Content-Security-Policy", PUBLIC_CSP);
  return response;
}

/**
 * Every other path gets the public policy here, whatever its name: next.config.ts's header
 * rules match by pattern, and "/adminfoo" matched neither the public rule nor the nonce areas.
 */
function publicPage(): NextResponse {
  const response = NextResponse.next();
  response.headers.set("Content-Security-Policy", PUBLIC_CSP);
  return response;
}

// Every page, so that all answer 503 while the database is down; not the framework's files,
// nor robots.txt, which needs no database.
export const config = { matcher: ["/((?!_next/|favicon\\.ico|robots\\.txt).*)"] };
