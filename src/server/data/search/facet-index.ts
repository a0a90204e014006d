import "server-only";
import { isCacheDisabled, publicCatalogueVersion } from "@/server/cache";
import { getFacetsVersion } from "@/server/data/catalogue/catalogue-version";
import { buildFacetIndex, type FacetIndex } from "./build-facet-index";

export type { FacetIndex };

/**
 * Held on globalThis: Next.js bundles the pages and the instrumentation hook (which builds the
 * first index when the server starts) apart, each with its own copy of this module.
 */
type Derive = (index: FacetIndex) => Promise<unknown>;
type State = {
  current: FacetIndex | null;
  building: Promise<FacetIndex> | null;
  /** What is worked out from each index (fromFacetIndex), by name. */
  derivations: Map<string, Derive>;
  /** Their results, kept as long as their index. */
  derived: WeakMap<FacetIndex, Map<string, Promise<unknown>>>;
};
const state = ((globalThis as { __rencontresFacetIndex?: State }).__rencontresFacetIndex ??= {
  current: null,
  building: null,
  derivations: new Map(),
  derived: new WeakMap(),
});

const isFresh = () => process.env.RENCONTRES_FACET_INDEX === "fresh";

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
  if (isFresh()) return buildFacetIndex(version);
  while (!state.current || state.current.version < version) {
    state.building ??= nextIndex(state.current, version)
      .then((index) => {
        if (!state.current || index.version >= state.current.version) {
          state.current = index;
          if (process.env.NEXT_RUNTIME) setImmediate(() => deriveAll(index));
        }
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
 * The index of `version`: the current one carried over when no write since its build changed
 * what it is built from (the catalogue's facets version is the same: a table's title or texts
 * saved), else a new build. The facets version is read before the build's reads, so a write
 * during the build leaves the index labelled older, and the next version builds again.
 */
async function nextIndex(current: FacetIndex | null, version: number): Promise<FacetIndex> {
  const facetsVersion = await getFacetsVersion();
  if (current && current.facetsVersion === facetsVersion) return { ...current, version };
  return buildFacetIndex(version, facetsVersion);
}

/**
 * Starts building the current version's index without waiting for it: when the server starts,
 * and after a write in this process, so that the next first visit finds it built or under way.
 * A failure (the database down) is left to the next request, which tries again. Only in the
 * server (not in the CLI's import, nor in the tests).
 */
export function warmFacetIndex(): Promise<FacetIndex | null> {
  if (!process.env.NEXT_RUNTIME || isFresh()) return Promise.resolve(null);
  return getFacetIndex().catch(() => null);
}

function derivedOf<T>(index: FacetIndex, name: string, derive: (index: FacetIndex) => Promise<T>): Promise<T> {
  let values = state.derived.get(index);
  if (!values) state.derived.set(index, (values = new Map()));
  let value = values.get(name) as Promise<T> | undefined;
  if (!value) {
    const kept = values;
    value = derive(index);
    values.set(name, value);
    // A failure (the database down) is not kept: the next caller tries again.
    value.catch(() => kept.delete(name));
  }
  return value;
}

/** In the server, once a new index is current: everything derived from it, worked out in the background. */
function deriveAll(index: FacetIndex): void {
  for (const [name, derive] of state.derivations) derivedOf(index, name, derive).catch(() => undefined);
}

/**
 * Figures worked out from the catalogue version's facet index (and the database read along
 * with it), once per index: the server works them out in the background as soon as it has
 * built the index of a new version (after a write here or elsewhere, or when it starts), so
 * that the first visitor after a write does not wait for them (the observatory's figures,
 * about 30 ms at 50,000 ideas). With the read cache off, or the index built on each call (the
 * tests), on each call.
 */
export function fromFacetIndex<T>(name: string, derive: (index: FacetIndex) => Promise<T>): () => Promise<T> {
  state.derivations.set(name, derive);
  return async () => {
    const index = await getFacetIndex();
    return isCacheDisabled() || isFresh() ? derive(index) : derivedOf(index, name, derive);
  };
}

/** Forgets the index (tests). */
export function resetFacetIndex(): void {
  state.current = null;
  state.building = null;
}
