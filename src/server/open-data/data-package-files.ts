import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { once } from "node:events";
import path from "node:path";
import { csvLine } from "@/lib/open-data/csv";
import {
  DATA_PACKAGE_FILE,
  DATA_RESOURCES,
  dataPackageDescriptor,
  PACKAGE_SEPARATOR,
  RESOURCE_NAMES,
  resourceFile,
  type ResourceName,
  type WrittenResource,
} from "@/lib/open-data/data-package";
import { siteUrl } from "@/lib/site-url";
import { getCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { findOpenDataRows } from "@/server/data/open-data/find-open-data-rows";

/**
 * The files of /donnees, written once per catalogue version into
 * <RENCONTRES_OPEN_DATA_DIR or data/donnees>/<version>/ and served from there: a download
 * costs a file read, whatever the size of the catalogue. The first request after a change
 * writes the new version (streaming each file from the database, batch by batch), then the
 * older versions are removed.
 */
const MAX_ATTEMPTS = 3;

export function openDataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.RENCONTRES_OPEN_DATA_DIR ?? path.join(process.cwd(), "data", "donnees"));
}

async function writeResource(dir: string, name: ResourceName): Promise<WrittenResource> {
  const file = createWriteStream(path.join(dir, resourceFile(name)));
  const hash = createHash("sha256");
  let bytes = 0;
  let rows = 0;
  const write = async (text: string) => {
    const chunk = Buffer.from(text, "utf8");
    hash.update(chunk);
    bytes += chunk.length;
    if (!file.write(chunk)) await once(file, "drain");
  };
  try {
    await write(
      csvLine(
        DATA_RESOURCES[name].fields.map((f) => f.name),
        PACKAGE_SEPARATOR,
      ),
    );
    for await (const batch of findOpenDataRows(name)) {
      rows += batch.length;
      if (batch.length > 0) await write(batch.map((row) => csvLine(row, PACKAGE_SEPARATOR)).join(""));
    }
  } finally {
    file.end();
    await once(file, "close");
  }
  return { name, bytes, hash: hash.digest("hex"), rows };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Writes the package of the catalogue as it is now into a fresh folder, and renames it to its
 * version's. A write committed while the files were being read changes the version: the
 * folder would mix two versions, so it is thrown away and written again.
 */
async function generate(root: string, version: number): Promise<number> {
  let expected = version;
  for (let attempt = 1; ; attempt++) {
    const temporary = path.join(root, `.tmp-${expected}-${randomUUID()}`);
    await mkdir(temporary, { recursive: true });
    try {
      const resources: WrittenResource[] = [];
      for (const name of RESOURCE_NAMES) resources.push(await writeResource(temporary, name));
      const after = await getCatalogueVersion();
      if (after !== expected && attempt < MAX_ATTEMPTS) {
        expected = after;
        continue;
      }
      const descriptor = dataPackageDescriptor({ version: after, created: new Date(), siteUrl: siteUrl(), resources });
      await writeFile(path.join(temporary, DATA_PACKAGE_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
      const final = path.join(root, String(after));
      if (await exists(path.join(final, DATA_PACKAGE_FILE))) return after;
      await rm(final, { recursive: true, force: true });
      await rename(temporary, final);
      return after;
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
}

async function removeOlderVersions(root: string, keep: number): Promise<void> {
  for (const entry of await readdir(root)) {
    // "<version>" or ".tmp-<version>-<uuid>" (left by a process stopped while writing).
    const version = Number(entry.startsWith(".tmp-") ? entry.split("-")[1] : entry);
    if (Number.isInteger(version) && version < keep) await rm(path.join(root, entry), { recursive: true, force: true });
  }
}

const pending = new Map<string, Promise<{ version: number; dir: string }>>();
/**
 * How long a request waits for a new version before it is given the previous one (at 50,000
 * ideas the whole package takes about 40 s to write; the Paris catalogue, well under 1 s).
 */
const WAIT_FOR_NEW_VERSION_MS = 3000;

async function latestWritten(root: string): Promise<{ version: number; dir: string } | null> {
  const versions = (await readdir(root).catch(() => [] as string[])).filter((entry) => /^\d+$/.test(entry)).map(Number);
  for (const version of versions.sort((a, b) => b - a)) {
    const dir = path.join(root, String(version));
    if (await exists(path.join(dir, DATA_PACKAGE_FILE))) return { version, dir };
  }
  return null;
}

/**
 * The folder of the current version's package, written first if it is not there yet. While a
 * large catalogue's new version is being written, requests get the previous version (whole
 * and consistent, with its own version in the ETag) rather than waiting for it.
 */
export async function ensureDataPackage(): Promise<{ version: number; dir: string }> {
  const root = openDataDir();
  const version = await getCatalogueVersion();
  const dir = path.join(root, String(version));
  if (await exists(path.join(dir, DATA_PACKAGE_FILE))) return { version, dir };
  const key = `${root}:${version}`;
  let job = pending.get(key);
  if (!job) {
    job = (async () => {
      await mkdir(root, { recursive: true });
      const written = await generate(root, version);
      await removeOlderVersions(root, written);
      return { version: written, dir: path.join(root, String(written)) };
    })().finally(() => pending.delete(key));
    pending.set(key, job);
  }
  const previous = await latestWritten(root);
  if (!previous) return job;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), WAIT_FOR_NEW_VERSION_MS)));
  try {
    return (await Promise.race([job, late])) ?? previous;
  } catch (error) {
    console.error("Paquet de données : la nouvelle version n’a pas pu être écrite ; la précédente reste servie.", error);
    return previous;
  } finally {
    clearTimeout(timer);
  }
}
