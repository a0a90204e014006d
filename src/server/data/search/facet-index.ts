import "server-only";
import { publicCatalogueVersion } from "@/server/cache";
import { buildFacetIndex, type FacetIndex } from "./build-facet-index";

export type { FacetIndex };

let current: FacetIndex | null = null;
let building: Promise<FacetIndex> | null = null;

/**
 * The facet index of the current catalogue version, built in this process from the shared
 * database (so each instance has its own, docs/decisions/0013). Never two builds at once: a
 * caller that finds an older version's build under way waits for it, then for its own. The
 * answer always holds the current version: an answer from an older index would be kept by
 * the page cache, and an address filtered by a rencontre just published would show nothing.
 * Visitors of cached pages do not wait for the build: they are served the previous page while
 * it renders (docs/decisions/0014). RENCONTRES_FACET_INDEX=fresh (the tests, which change rows
 * without a write) builds it on every call.
 */
export async function getFacetIndex(): Promise<FacetIndex> {
  const version = await publicCatalogueVersion();
  if (process.env.RENCONTRES_FACET_INDEX === "fresh") return buildFacetIndex(version);
  while (!current || current.version < version) {
    building ??= buildFacetIndex(version)
      .then((index) => {
        if (!current || index.version >= current.version) current = index;
        return index;
      })
      .finally(() => {
        building = null;
      });
    await building;
  }
  return current;
}

/** Forgets the index (tests). */
export function resetFacetIndex(): void {
  current = null;
  building = null;
}
