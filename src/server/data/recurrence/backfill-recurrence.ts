import "server-only";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { writeAdmin } from "@/server/data/write/write-catalogue";
import { refreshRecurrence } from "./refresh-recurrence";

/** Items indexed per transaction. */
const BATCH = 400;

/**
 * Indexes for recurrence the items written before the index existed (the migration adds it
 * empty) and proposes their pairs, a batch per transaction. Run by `npm run db:setup`; does
 * nothing when every item is indexed. Proposals are the organisers' business: no public
 * page changes, so the catalogue version stays. Returns how many items were indexed.
 */
export async function backfillRecurrence(actor: Actor): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = (await db.item.findMany({ where: { terms: { none: {} } }, orderBy: { id: "asc" }, take: BATCH, select: { id: true } })).map((i) => i.id);
    if (ids.length === 0) return total;
    await writeAdmin(
      actor,
      { audit: { action: "UPDATE", entityType: "ItemLink", summary: `Rapprochements calculés pour ${ids.length} exemples et pistes déjà enregistrés` }, transaction: { timeout: 120_000 } },
      (tx) => refreshRecurrence(tx, ids),
    );
    total += ids.length;
    // An item without any term (a text of function words only) stays without: stop rather than loop on it.
    if ((await db.item.count({ where: { id: { in: ids }, terms: { none: {} } } })) === ids.length) return total;
  }
}
