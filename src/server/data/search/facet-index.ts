import "server-only";
import { publicCatalogueVersion } from "@/server/cache";
import { buildFacetIndex, type FacetIndex } from "./build-facet-index";

export type { FacetIndex };

/**
 * Under this build time, a new version's index is awaited (the request that follows a save
 * sees the save); past it, requests keep the previous index while the new one is built.
 */
const AWAIT_BUILD_UNDER_MS = 250;

let current: FacetIndex | null = null;
let building: Promise<FacetIndex> | null = null;

/**
 * The facet index of the current catalogue version, built in this process from the shared
 * database (so each instance has its own, docs/decisions/0013). Never two builds at once; the
 * first one is awaited, later ones only when they are quick, otherwise the previous version
 * answers until the new one is ready. RENCONTRES_FACET_INDEX=fresh (the tests, which change
 * rows without a write) builds it on every call.
 */
export async function getFacetIndex(): Promise<{ index: FacetIndex; isCurrent: boolean }> {
  const version = await publicCatalogueVersion();
  if (process.env.RENCONTRES_FACET_INDEX === "fresh") return { index: await buildFacetIndex(version), isCurrent: true };
  if (current && current.version === version) return { index: current, isCurrent: true };
  // A build under way (perhaps of an older version) is never doubled: the next call after it starts the next one.
  building ??= buildFacetIndex(version)
    .then((index) => {
      if (!current || index.version >= current.version) current = index;
      return index;
    })
    .finally(() => {
      building = null;
    });
  const pending = building;
  if (!current || current.builtInMs < AWAIT_BUILD_UNDER_MS) {
    const index = await pending;
    return { index, isCurrent: index.version === version };
  }
  pending.catch(() => undefined);
  return { index: current, isCurrent: false };
}

/** Forgets the index (tests). */
export function resetFacetIndex(): void {
  current = null;
  building = null;
}
