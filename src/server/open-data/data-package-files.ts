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
import { getCatalogueState } from "@/server/data/catalogue/catalogue-version";
import { findOpenDataRows } from "@/server/data/open-data/find-open-data-rows";

/**
 * The files of /donnees, written once per catalogue version into
 * <RENCONTRES_OPEN_DATA_DIR or data/donnees>/<version>-<time of the change>/ and served from there: a download
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

type Stamp = { version: number; key: string };

/**
 * What a package is written for: the catalogue version, with the time of its last change,
 * so that a database reset to version 1 (tests, a restored backup) never gets the files
 * written for another database's version 1.
 */
async function currentStamp(): Promise<Stamp> {
  const { version, updatedAt } = await getCatalogueState();
  return { version, key: `${version}-${updatedAt.getTime()}` };
}

/**
 * Writes the package of the catalogue as it is now into a fresh folder, and renames it to its
 * stamp's. A write committed while the files were being read changes the stamp: the folder
 * would mix two versions, so it is written again (after three tries, it is filed under the
 * stamp it started from, so that the next request for the new one writes it afresh).
 */
async function generate(root: string, stamp: Stamp): Promise<Stamp> {
  let expected = stamp;
  for (let attempt = 1; ; attempt++) {
    const temporary = path.join(root, `.tmp-${expected.key}-${randomUUID()}`);
    await mkdir(temporary, { recursive: true });
    try {
      const resources: WrittenResource[] = [];
      for (const name of RESOURCE_NAMES) resources.push(await writeResource(temporary, name));
      const after = await currentStamp();
      if (after.key !== expected.key && attempt < MAX_ATTEMPTS) {
        expected = after;
        continue;
      }
      const descriptor = dataPackageDescriptor({ version: expected.version, created: new Date(), siteUrl: siteUrl(), resources });
      await writeFile(path.join(temporary, DATA_PACKAGE_FILE), `${JSON.stringify(descriptor, null, 2)}\n`);
      const final = path.join(root, expected.key);
      if (await exists(path.join(final, DATA_PACKAGE_FILE))) return expected;
      await rm(final, { recursive: true, force: true });
      await rename(temporary, final);
      return expected;
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
}

const STAMP_DIR = /^\d+-\d+$/;

/** Once the current stamp's package is written: every other one goes, and what stopped writers left. */
async function removeOtherVersions(root: string, keep: Stamp): Promise<void> {
  if ((await currentStamp()).key !== keep.key) return;
  for (const entry of await readdir(root)) {
    const isStale = STAMP_DIR.test(entry) ? entry !== keep.key : entry.startsWith(".tmp-") && !entry.startsWith(`.tmp-${keep.key}-`);
    if (isStale) await rm(path.join(root, entry), { recursive: true, force: true });
  }
}

type Written = { version: number; key: string; dir: string };
const pending = new Map<string, Promise<Written>>();
/**
 * How long a request waits for a new version before it is given the previous one (at 50,000
 * ideas the whole package takes about 40 s to write; the Paris catalogue, well under 1 s).
 */
const WAIT_FOR_NEW_VERSION_MS = 3000;

async function latestWritten(root: string): Promise<Written | null> {
  const stamps = (await readdir(root).catch(() => [] as string[]))
    .filter((entry) => STAMP_DIR.test(entry))
    .map((key) => ({ key, version: Number(key.split("-")[0]), time: Number(key.split("-")[1]) }));
  for (const stamp of stamps.sort((a, b) => b.version - a.version || b.time - a.time)) {
    const dir = path.join(root, stamp.key);
    if (await exists(path.join(dir, DATA_PACKAGE_FILE))) return { version: stamp.version, key: stamp.key, dir };
  }
  return null;
}

/**
 * The folder of the current version's package, written first if it is not there yet. While a
 * large catalogue's new version is being written, requests get the previous version (whole
 * and consistent, with its own stamp in the ETag) rather than waiting for it.
 */
export async function ensureDataPackage(): Promise<Written> {
  const root = openDataDir();
  const stamp = await currentStamp();
  const dir = path.join(root, stamp.key);
  if (await exists(path.join(dir, DATA_PACKAGE_FILE))) return { ...stamp, dir };
  const jobKey = `${root}:${stamp.key}`;
  let job = pending.get(jobKey);
  if (!job) {
    job = (async () => {
      await mkdir(root, { recursive: true });
      const written = await generate(root, stamp);
      await removeOtherVersions(root, written);
      return { ...written, dir: path.join(root, written.key) };
    })().finally(() => pending.delete(jobKey));
    pending.set(jobKey, job);
  }
  const previous = await latestWritten(root);
  // Only an earlier version of this catalogue stands in: not the files of a database reset since.
  if (!previous || previous.version >= stamp.version) return job;
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
