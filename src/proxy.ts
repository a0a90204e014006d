import { NextResponse, type NextRequest } from "next/server";
import { CACHE_ROUTE_PREFIX, CACHED_VIEWS, cacheKeyOf, MAX_CACHED_QUERY_LENGTH } from "@/lib/page-cache/page-cache";
import { tidyCatalogueQueryString } from "@/lib/schemas/catalogue";
import { NONCE_AREAS, nonceCsp } from "@/lib/security-headers";

// Next.js' own query parameter for router payload requests: not part of what a page shows.
const RSC_PARAM = "_rsc";

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
 * Routes the pages that read their query string to the page cache (src/lib/page-cache), and
 * sets the nonce-based policy of the pages rendered per request. No authorisation happens
 * here: the admin area checks the session in its pages, actions and data functions.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (NONCE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`))) return withNonce(request);
  const view = CACHED_VIEWS[pathname as keyof typeof CACHED_VIEWS];
  if (!view) return NextResponse.next();

  // The home page reads no query string: one cached page, whatever follows "?".
  const search = new URLSearchParams(view === "accueil" ? undefined : searchParams);
  search.delete(RSC_PARAM);
  if (view !== "accueil") {
    const values: Record<string, string[]> = {};
    search.forEach((value, name) => (values[name] ??= []).push(value));
    const tidy = tidyCatalogueQueryString(values);
    if (tidy !== null) return NextResponse.redirect(new URL(`${pathname}${tidy}`, request.url));
  }
  if (search.toString().length > MAX_CACHED_QUERY_LENGTH) return NextResponse.next();

  const target = request.nextUrl.clone();
  target.pathname = `${CACHE_ROUTE_PREFIX}${view}/${cacheKeyOf(search)}`;
  return NextResponse.rewrite(target);
}

export const config = { matcher: ["/", "/pistes", "/exemples", "/admin/:path*", "/connexion"] };
