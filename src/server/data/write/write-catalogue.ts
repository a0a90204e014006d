import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import type { Actor } from "@/server/actor";
import { forgetCatalogueVersion } from "@/server/cache";
import { warmFacetIndex } from "@/server/data/search/facet-index";
import { db, type Tx } from "@/server/db";
import { recordAudit, type AuditEntry } from "@/server/data/audit/record-audit";
import { bumpCatalogueVersion } from "@/server/data/catalogue/catalogue-version";

/** The accounts page, refreshed by every change to an account. */
export const ACCOUNTS_PATH = "/admin/comptes";

/**
 * The audit entries of a write, or a function of what its transaction returned. `null` or
 * `[]` means the write changed nothing (a taxonomy already there): no version bump, nothing
 * to refresh. Entries given as values are written before `fn` runs, so that `fn` reads them
 * (a person's export lists its own entry); a throw in `fn` rolls them back with the rest.
 */
type Audit<T> = AuditEntry | AuditEntry[] | null | ((result: T) => AuditEntry | AuditEntry[] | null);

export type WriteOptions<T> = {
  audit: Audit<T>;
  /** Admin pages to refresh besides the public ones (the public catalogue is refreshed whole). */
  refresh?: string[];
  /**
   * The rencontre whose content alone the write changes (its tables, items, synthesis, its
   * own fields; not its status), or a function of the result when only the transaction
   * knows it. While that rencontre is a draft, no public page can show the change: the
   * catalogue version stays, so the public caches stay warm, and only the rencontre's
   * admin pages are refreshed. A write without it is taken to touch the public catalogue.
   */
  rencontre?: string | ((result: T) => string);
  /**
   * What visitors get on the public pages the change does not name (the lists, the home page,
   * the themes, the organisations, the observatory), once it is committed:
   * - "expire" (the default): each renders afresh on its next visit, the visitor waiting. A
   *   withdrawal needs it (a person hidden or erased, a rencontre unpublished): the old page
   *   must not be served once more.
   * - "stale-while-revalidate": the previous page is still served while the new one renders
   *   in the background, so a burst of saves does not turn every public request into a full
   *   render. For changes that withdraw nothing private (edits, additions, a follow-up).
   * The pages of the rencontre a write is confined to (`rencontre`), and those named in
   * `pages`, always render afresh, so the organiser who saved sees the change on the next load.
   */
  publicPages?: "expire" | "stale-while-revalidate";
  /** Public pages the change is about (an idea's own page), rendered afresh on their next visit. */
  pages?: (result: T) => string[];
  /**
   * What the facet index is built from that this write can change (a table's items, their
   * themes and organisations, its participants' organisations), read in its transaction
   * before and after `fn`. The same before and after (a title, a text corrected): every
   * instance keeps its facet index for the new version instead of building it again
   * (docs/decisions/0013). A write without it is taken to change the index.
   */
  facetInputs?: (tx: Tx) => Promise<unknown>;
  /** Prisma's interactive transaction limits, for a write as long as a whole import. */
  transaction?: { timeout?: number; maxWait?: number };
};

function entriesOf<T>(audit: Audit<T>, result: T): AuditEntry[] {
  const value = typeof audit === "function" ? audit(result) : audit;
  return value === null ? [] : Array.isArray(value) ? value : [value];
}

/**
 * The implicit cache tags of the public pages' first path segments in Next.js (a page under
 * /rencontres carries "_N_T_/rencontres/layout"; the page cache's views are under /cache).
 * revalidatePath has no stale-while-revalidate form; revalidateTag with the "max" profile on
 * these tags marks the pages stale instead (decision 0014). They are not "_N_T_/layout", the
 * tag revalidatePath("/", "layout") expires: Next.js keeps one expiry time per tag, and a
 * stale-while-revalidate call on that tag would put off an earlier withdrawal's expiry.
 */
const PUBLIC_SECTION_TAGS = ["cache", "rencontres", "organisations", "themes", "pistes", "exemples", "flux", "a-propos", "donnees"].map(
  (section) => `_N_T_/${section}/layout`,
);

/**
 * Outside a Next.js request (the CLI import, the seed, the tests) there is no page cache to
 * purge and revalidatePath throws an invariant error: only that one is ignored.
 */
function revalidate(path: string | { stale: string }, type?: "layout" | "page"): void {
  try {
    if (typeof path === "string") revalidatePath(path, type);
    else revalidateTag(path.stale, "max");
  } catch (error) {
    if (error instanceof Error && error.message.includes("static generation store missing")) return;
    throw error;
  }
}

/** The rencontre a write was confined to, read in its transaction: a draft's id, or a published one's public pages. */
type Confined = { draft: string } | { pages: string[] } | null;
type Outcome<T> = { result: T; changed: boolean; confined: Confined };

async function confinedRencontre<T>(tx: Tx, options: WriteOptions<T>, result: T): Promise<Confined> {
  if (options.rencontre === undefined) return null;
  const id = typeof options.rencontre === "function" ? options.rencontre(result) : options.rencontre;
  const published = await tx.rencontre.findFirst({ where: { id, status: "PUBLISHED" }, select: { slug: true, tables: { select: { number: true } } } });
  // A rencontre gone in this write was a draft: only drafts can be deleted.
  if (!published) return { draft: id };
  const page = `/rencontres/${published.slug}`;
  return { pages: [page, ...published.tables.map((t) => `${page}/tables/${t.number}`)] };
}

async function run<T>(actor: Actor, options: WriteOptions<T>, bump: boolean, fn: (tx: Tx) => Promise<T>): Promise<Outcome<T>> {
  return db.$transaction(async (tx) => {
    const early = typeof options.audit === "function" ? [] : entriesOf(options.audit, undefined);
    for (const entry of early) await recordAudit(tx, actor, entry);
    const facetsBefore = bump && options.facetInputs ? JSON.stringify(await options.facetInputs(tx)) : null;
    const result = await fn(tx);
    const entries = typeof options.audit === "function" ? entriesOf(options.audit, result) : early;
    const changed = entries.length > 0;
    const confined = bump && changed ? await confinedRencontre(tx, options, result) : null;
    // The version is bumped in the transaction of the change, so every instance's cache sees it with the data.
    if (bump && changed && !(confined && "draft" in confined)) {
      const facets = facetsBefore === null || JSON.stringify(await options.facetInputs!(tx)) !== facetsBefore;
      await bumpCatalogueVersion(tx, { facets });
    }
    if (early.length === 0) for (const entry of entries) await recordAudit(tx, actor, entry);
    return { result, changed, confined };
  }, options.transaction);
}

/**
 * The one way to change the public catalogue: runs `fn` in a transaction, records its audit
 * entries and bumps the catalogue version in that transaction, then, once committed, makes
 * this instance read the version again, starts building its facet index, and refreshes the cached pages. A published change
 * may show on every page of the catalogue (counts on `/`, themes, organisations, the page
 * cache of `/pistes` and `/exemples`), so every page is refreshed rather than a guessed
 * list: at once, or while serving the previous one (`publicPages`). The pages of the
 * rencontre it is confined to render afresh. A change confined to a draft touches no public page.
 */
export async function writeCatalogue<T>(actor: Actor, options: WriteOptions<T>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const { result, changed, confined } = await run(actor, options, true, fn);
  if (changed && confined && "draft" in confined) revalidate(`/admin/rencontres/${confined.draft}`, "layout");
  else if (changed) {
    forgetCatalogueVersion();
    void warmFacetIndex();
    if (options.publicPages === "stale-while-revalidate") {
      const named = confined && "pages" in confined ? confined.pages : [];
      for (const page of [...named, ...(options.pages?.(result) ?? [])]) revalidate(page);
      for (const tag of PUBLIC_SECTION_TAGS) revalidate({ stale: tag });
    } else revalidate("/", "layout");
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
