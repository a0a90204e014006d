import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/server/actor";
import { forgetCatalogueVersion } from "@/server/cache";
import { db, type Tx } from "@/server/db";
import { recordAudit, type AuditEntry } from "@/server/data/audit/record-audit";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";

/**
 * The audit entries of a write, or a function of what its transaction returned. `null` or
 * `[]` means the write changed nothing (a taxonomy already there): no version bump, nothing
 * to refresh. Entries given as values are written before `fn` runs, so that `fn` reads them
 * (a person's export lists its own entry); a throw in `fn` rolls them back with the rest.
 */
/** The accounts page, refreshed by every change to an account. */
export const ACCOUNTS_PATH = "/admin/comptes";

type Audit<T> = AuditEntry | AuditEntry[] | null | ((result: T) => AuditEntry | AuditEntry[] | null);

export type WriteOptions<T> = {
  audit: Audit<T>;
  /** Admin pages to refresh besides the public ones (the public catalogue is refreshed whole). */
  refresh?: string[];
  /** Prisma's interactive transaction limits, for a write as long as a whole import. */
  transaction?: { timeout?: number; maxWait?: number };
};

function entriesOf<T>(audit: Audit<T>, result: T): AuditEntry[] {
  const value = typeof audit === "function" ? audit(result) : audit;
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Outside a Next.js request (the CLI import, the seed, the tests) there is no page cache to
 * purge and revalidatePath throws an invariant error: only that one is ignored.
 */
function revalidate(path: string, type?: "layout" | "page"): void {
  try {
    revalidatePath(path, type);
  } catch (error) {
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}

async function run<T>(actor: Actor, options: WriteOptions<T>, bump: boolean, fn: (tx: Tx) => Promise<T>): Promise<{ result: T; changed: boolean }> {
  return db.$transaction(async (tx) => {
    const early = typeof options.audit === "function" ? [] : entriesOf(options.audit, undefined);
    for (const entry of early) await recordAudit(tx, actor, entry);
    const result = await fn(tx);
    const entries = typeof options.audit === "function" ? entriesOf(options.audit, result) : early;
    // The version is bumped in the transaction of the change, so every instance's cache sees it with the data.
    if (bump && entries.length > 0) await bumpCatalogueVersion(tx);
    if (early.length === 0) for (const entry of entries) await recordAudit(tx, actor, entry);
    return { result, changed: entries.length > 0 };
  }, options.transaction);
}

/**
 * The one way to change the public catalogue: runs `fn` in a transaction, records its audit
 * entries and bumps the catalogue version in that transaction, then, once committed, makes
 * this instance read the version again and purges the cached pages. Every page of the
 * catalogue may show what changed (counts on `/`, themes, organisations, the page cache of
 * `/pistes` and `/exemples`), so the whole layout is revalidated rather than a guessed list.
 */
export async function writeCatalogue<T>(actor: Actor, options: WriteOptions<T>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { result, changed } = await run(actor, options, true, fn);
  if (changed) {
    forgetCatalogueVersion();
    revalidate("/", "layout");
  }
  for (const path of options.refresh ?? []) revalidate(path);
  return result;
}

/** A write that leaves the public catalogue alone (accounts, editors, exports): audited, and its admin pages refreshed. */
export async function writeAdmin<T>(actor: Actor, options: WriteOptions<T>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { result } = await run(actor, options, false, fn);
  for (const path of options.refresh ?? []) revalidate(path);
  return result;
}
