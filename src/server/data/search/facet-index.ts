import "server-only";
import { publicCatalogueVersion } from "@/server/cache";
import { buildFacetIndex, type FacetIndex } from "./build-facet-index";

export type { FacetIndex };

/**
 * Held on globalThis: Next.js bundles the pages and the instrumentation hook (which builds the
 * first index when the server starts) apart, each with its own copy of this module.
 */
const state = ((globalThis as { __rencontresFacetIndex?: { current: FacetIndex | null; building: Promise<FacetIndex> | null } })
  .__rencontresFacetIndex ??= { current: null, building: null });

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
  while (!state.current || state.current.version < version) {
    state.building ??= buildFacetIndex(version)
      .then((index) => {
        if (!state.current || index.version >= state.current.version) state.current = index;
        return index;
      })
      .finally(() => {
        state.building = null;
      });
    await state.building;
  }
  return state.current;
}

/**
 * Starts building the current version's index without waiting for it: when the server starts,
 * and after a write in this process, so that the next first visit finds it built or under way.
 * A failure (the database down) is left to the next request, which tries again. Only in the
 * server (not in the CLI's import, nor in the tests).
 */
export function warmFacetIndex(): Promise<FacetIndex | null> {
  if (!process.env.NEXT_RUNTIME || process.env.RENCONTRES_FACET_INDEX === "fresh") return Promise.resolve(null);
  return getFacetIndex().catch(() => null);
}

/** Forgets the index (tests). */
export function resetFacetIndex(): void {
  state.current = null;
  state.building = null;
}
