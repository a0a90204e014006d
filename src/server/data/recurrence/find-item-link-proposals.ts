import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";

export const PROPOSALS_PER_PAGE = 30;

const side = {
  select: {
    id: true,
    kind: true,
    slug: true,
    plainText: true,
    table: { select: { number: true } },
    rencontre: { select: { id: true, title: true, city: true, date: true, status: true } },
  },
} as const;

/**
 * The pairs waiting for an organiser's decision, the most similar first (admins only; drafts
 * included, so that an imported draft's recurrences are decided before it is published), or
 * only those with an item of one rencontre. Read through the (state, score) index, one page at a time.
 */
export async function findItemLinkProposals(actor: Actor, page: number, rencontreId?: string) {
  assertOrganiser(actor);
  const where = {
    state: "PROPOSED" as const,
    ...(rencontreId ? { OR: [{ from: { rencontreId } }, { to: { rencontreId } }] } : {}),
  };
  const [total, links] = await Promise.all([
    db.itemLink.count({ where }),
    db.itemLink.findMany({
      where,
      orderBy: [{ score: "desc" }, { fromId: "asc" }, { toId: "asc" }],
      skip: (page - 1) * PROPOSALS_PER_PAGE,
      take: PROPOSALS_PER_PAGE,
      select: { fromId: true, toId: true, score: true, from: side, to: side },
    }),
  ]);
  return { total, pages: Math.max(1, Math.ceil(total / PROPOSALS_PER_PAGE)), links };
}

export type ItemLinkProposal = Awaited<ReturnType<typeof findItemLinkProposals>>["links"][number];
