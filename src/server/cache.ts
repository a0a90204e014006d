import "server-only";
import { getCatalogueVersion } from "@/server/data/catalogue/catalogue-version";

/**
 * An in-process cache of public reads, dropped whenever the catalogue version changes.
 * Writers bump the version in the same transaction as their change (the CLI import too),
 * so every instance sharing the database sees the change within VERSION_TTL_MS, and the
 * instance that wrote sees it at once (forgetCatalogueVersion).
 */
const VERSION_TTL_MS = 1000;
const MAX_ENTRIES = 500;

let knownVersion: { value: number; checkedAt: number } | null = null;
let versionRead: Promise<number> | null = null;
const entries = new Map<string, { version: number; value: Promise<unknown> }>();

async function currentVersion(): Promise<number> {
  const now = Date.now();
  if (knownVersion && now - knownVersion.checkedAt < VERSION_TTL_MS) return knownVersion.value;
  versionRead ??= getCatalogueVersion()
    .then((value) => {
      knownVersion = { value, checkedAt: Date.now() };
      return value;
    })
    .finally(() => {
      versionRead = null;
    });
  return versionRead;
}

/** After a write in this process: read the version again on the next request. */
export function forgetCatalogueVersion(): void {
  knownVersion = null;
}

export const isCacheDisabled = () => process.env.RENCONTRES_CACHE === "off";

/** The catalogue version the cached reads are keyed by (read afresh when the cache is off), for ETags that match them. */
export function publicCatalogueVersion(): Promise<number> {
  return isCacheDisabled() ? getCatalogueVersion() : currentVersion();
}

/** `load()` once per catalogue version and key; concurrent callers share the same promise. */
export async function cachedRead<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (isCacheDisabled()) return load();
  const version = await currentVersion();
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    // Refresh its place in the LRU order.
    entries.delete(key);
    entries.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = load();
  entries.set(key, { version, value });
  value.catch(() => entries.delete(key));
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** Wraps a public read function so that its results are cached by arguments. */
export function cachedPublicRead<A extends unknown[], T>(name: string, fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args: A) => cachedRead(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}
