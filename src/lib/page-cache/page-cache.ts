import { trimEndChars } from "@/lib/text/trim-chars";
/**
 * Whole-page cache of the pages that read their query string (/pistes, /exemples) and of the
 * pages that read none but aggregate the whole catalogue (/, /observatoire).
 * The proxy rewrites such a request to /cache/<view>/<key>, a route rendered on its first
 * visit and then served from Next.js' page cache (incremental static regeneration): the
 * key carries the query string, so each filter combination is one cached page. Pure code,
 * shared by the proxy and the route.
 */

export const CACHED_VIEWS = { "/": "accueil", "/pistes": "pistes", "/exemples": "exemples", "/observatoire": "observatoire" } as const;
export type CachedView = (typeof CACHED_VIEWS)[keyof typeof CACHED_VIEWS];

/** The catalogue's views, which read their whole query string (and tidy it first). */
export const isCatalogueView = (view: CachedView) => view === "pistes" || view === "exemples";
export const CACHE_ROUTE_PREFIX = "/cache/";
// Next.js' own query parameter for router payload requests: not part of what a page shows.
const RSC_PARAM = "_rsc";
/** The observatory's one parameter: the year of its theme × city grid. */
const OBSERVATORY_YEAR = /^(19|20)\d\d$/;

/**
 * What of an address's query string a view reads, the rest being dropped: nothing for the home
 * page (one cached page, whatever follows "?"), a plausible year for the observatory, and the
 * whole query string for the catalogue.
 */
export function viewSearch(view: CachedView, searchParams: URLSearchParams): URLSearchParams {
  if (view === "accueil") return new URLSearchParams();
  if (view === "observatoire") {
    const year = searchParams.get("annee");
    return new URLSearchParams(year !== null && OBSERVATORY_YEAR.test(year) ? { annee: year } : undefined);
  }
  const search = new URLSearchParams(searchParams);
  search.delete(RSC_PARAM);
  return search;
}

/** Longer query strings are served by the page itself, uncached (no page carries that much). */
export const MAX_CACHED_QUERY_LENGTH = 600;
const EMPTY_KEY = "tout";

export function isCachedView(value: string): value is CachedView {
  return (Object.values(CACHED_VIEWS) as string[]).includes(value);
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return trimEndChars(btoa(binary).replace(/\+/g, "-").replace(/\//g, "_"), "=");
}

/** The key of a query string: base64url of its UTF-8 text, so that no path decoding alters it. */
export function cacheKeyOf(search: URLSearchParams): string {
  const query = search.toString();
  return query === "" ? EMPTY_KEY : toBase64Url(new TextEncoder().encode(query));
}

/**
 * Whether `key` is what the proxy itself would route an address of `view` to: the home page
 * has one key, the observatory one per year, the catalogue the key of a query string short
 * enough to be cached, which decodes and encodes back to itself. Anything else (junk, 5,000-character keys, keys of
 * untidy or overlong addresses) is answered 404, so that it cannot take room in the page
 * cache from the real pages.
 */
export function isCanonicalCacheKey(view: CachedView, key: string): boolean {
  if (key === EMPTY_KEY) return true;
  if (key.length > Math.ceil((MAX_CACHED_QUERY_LENGTH * 4) / 3)) return false;
  const values = searchParamsOfCacheKey(key);
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) for (const v of [value].flat()) search.append(name, v);
  const read = viewSearch(view, search);
  return read.toString().length > 0 && read.toString().length <= MAX_CACHED_QUERY_LENGTH && cacheKeyOf(read) === key;
}

/** The query-string values a key stands for; a key that does not decode gives no values. */
export function searchParamsOfCacheKey(key: string): Record<string, string | string[]> {
  if (key === EMPTY_KEY || !/^[A-Za-z0-9_-]+$/.test(key)) return {};
  let query: string;
  try {
    const binary = atob(key.replace(/-/g, "+").replace(/_/g, "/"));
    query = new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
  } catch {
    return {};
  }
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(query)) {
    const previous = values[name];
    values[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  return values;
}
