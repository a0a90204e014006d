import "server-only";
import type { ItemLinkDecisionInput } from "@/lib/schemas/item-link";
import { plural } from "@/lib/text/format";
import { assertOrganiser, type Actor } from "@/server/actor";
import type { Tx } from "@/server/db";
import { DataError, notFound } from "@/server/errors";
import { writeAdmin, writeCatalogue } from "@/server/data/write/write-catalogue";

export const PROPOSALS_PATH = "/admin/rapprochements";
/** Items a family may hold: beyond, the proposals are decided pair by pair. */
const FAMILY_LIMIT = 50;

type Pair = { fromId: string; toId: string };
const excerpt = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

async function proposedPair(tx: Tx, pair: Pair) {
  const link = await tx.itemLink.findUnique({
    where: { fromId_toId: pair },
    select: { state: true, from: { select: { plainText: true, rencontreId: true } }, to: { select: { plainText: true } } },
  });
  if (!link) throw notFound("Rapprochement");
  if (link.state !== "PROPOSED") throw new DataError("CONFLICT", "Ce rapprochement a déjà été tranché : rechargez la page.");
  return link;
}

/**
 * The items joined to the pair through proposed or confirmed links and the synthesis links
 * (ItemRelation), breadth first, up to FAMILY_LIMIT: what "confirmer la famille" confirms.
 */
async function familyOf(tx: Tx, pair: Pair): Promise<string[]> {
  const seen = new Set([pair.fromId, pair.toId]);
  let frontier = [pair.fromId, pair.toId];
  while (frontier.length > 0 && seen.size < FAMILY_LIMIT) {
    const where = { OR: [{ fromId: { in: frontier } }, { toId: { in: frontier } }] };
    const links = [
      ...(await tx.itemLink.findMany({ where: { ...where, state: { in: ["PROPOSED", "CONFIRMED"] } }, select: { fromId: true, toId: true } })),
      ...(await tx.itemRelation.findMany({ where, select: { fromId: true, toId: true } })),
    ];
    frontier = [];
    for (const id of links.flatMap((l) => [l.fromId, l.toId]))
      if (!seen.has(id) && seen.size < FAMILY_LIMIT) {
        seen.add(id);
        frontier.push(id);
      }
  }
  return [...seen];
}

/** Confirmed pairs are also ItemRelation rows: the link the item pages, the data package and the API already show. */
async function confirm(tx: Tx, pairs: Pair[]): Promise<void> {
  const now = new Date();
  for (const pair of pairs) {
    await tx.itemLink.update({ where: { fromId_toId: pair }, data: { state: "CONFIRMED", decidedAt: now } });
    await tx.itemRelation.upsert({ where: { fromId_toId: pair }, create: pair, update: {} });
  }
}

/**
 * An organiser's decision on a proposed pair. Rejected, the pair stays so that it is never
 * proposed again, and nothing public changes. Confirmed (alone or with its family), the
 * pairs become links of the catalogue: the public pages are refreshed. One audit entry each.
 */
export async function decideItemLink(actor: Actor, input: ItemLinkDecisionInput): Promise<{ confirmed: number }> {
  assertOrganiser(actor);
  const pair = { fromId: input.fromId, toId: input.toId };
  if (input.decision === "rejeter") {
    await writeAdmin(actor, { audit: (s: { summary: string; rencontreId: string }) => ({ action: "UPDATE", entityType: "ItemLink", entityId: pair.fromId, rencontreId: s.rencontreId, summary: s.summary }), refresh: [PROPOSALS_PATH] }, async (tx) => {
      const link = await proposedPair(tx, pair);
      await tx.itemLink.update({ where: { fromId_toId: pair }, data: { state: "REJECTED", decidedAt: new Date() } });
      return { rencontreId: link.from.rencontreId, summary: `Rapprochement rejeté : « ${excerpt(link.from.plainText)} » et « ${excerpt(link.to.plainText)} »` };
    });
    return { confirmed: 0 };
  }
  const { confirmed } = await writeCatalogue(
    actor,
    { audit: (s: { summary: string; rencontreId: string }) => ({ action: "UPDATE", entityType: "ItemLink", entityId: pair.fromId, rencontreId: s.rencontreId, summary: s.summary }), refresh: [PROPOSALS_PATH] },
    async (tx) => {
      const link = await proposedPair(tx, pair);
      let pairs = [pair];
      if (input.decision === "famille") {
        const family = await familyOf(tx, pair);
        pairs = await tx.itemLink.findMany({ where: { state: "PROPOSED", fromId: { in: family }, toId: { in: family } }, select: { fromId: true, toId: true } });
      }
      await confirm(tx, pairs);
      const what = `« ${excerpt(link.from.plainText)} » et « ${excerpt(link.to.plainText)} »`;
      const summary = input.decision === "famille" ? `Famille confirmée autour de ${what} : ${plural(pairs.length, "rapprochement")}` : `Rapprochement confirmé : ${what}`;
      return { confirmed: pairs.length, rencontreId: link.from.rencontreId, summary };
    },
  );
  return { confirmed };
}
