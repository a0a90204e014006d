import { NextResponse, type NextRequest } from "next/server";
import { CACHE_ROUTE_PREFIX, CACHED_VIEWS, cacheKeyOf, MAX_CACHED_QUERY_LENGTH } from "@/lib/page-cache/page-cache";
import { tidyCatalogueQueryString } from "@/lib/schemas/catalogue";

// Next.js' own query parameter for router payload requests: not part of what a page shows.
const RSC_PARAM = "_rsc";

/**
 * Routes the pages that read their query string to the page cache (src/lib/page-cache).
 * No authorisation happens here: the admin area checks the session in its pages, actions
 * and data functions.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
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

export const config = { matcher: ["/", "/pistes", "/exemples"] };
