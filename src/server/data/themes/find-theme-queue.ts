import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { idf } from "@/lib/recurrence/similarity";
import { itemTerms } from "@/lib/recurrence/terms";
import { nameTermsOf, suggestThemes } from "@/lib/recurrence/theme-suggestions";
import type { Actor } from "@/server/actor";
import { db } from "@/server/db";
import { editableRencontreWhere } from "@/server/data/rencontres/rencontre-scope";

export const THEME_QUEUE_PER_PAGE = 20;
/** A theme's items compared with the queue (its latest): enough to say what it is about, bounded whatever the catalogue's size. */
const PROFILE_ITEMS = 100;
/** Values per IN (…) list, below the 999 bound values of SQLite's driver. */
const CHUNK = 400;

type Terms = Map<string, number>;

async function termsOf(ids: string[]): Promise<Map<string, Terms>> {
  const out = new Map<string, Terms>();
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const row of await db.itemTerm.findMany({ where: { itemId: { in: ids.slice(i, i + CHUNK) } }, select: { itemId: true, term: true, weight: true } })) {
      const terms = out.get(row.itemId) ?? new Map<string, number>();
      terms.set(row.term, row.weight);
      out.set(row.itemId, terms);
    }
  return out;
}

async function documentFrequencies(terms: string[]): Promise<Map<string, number>> {
  const df = new Map<string, number>();
  for (let i = 0; i < terms.length; i += CHUNK)
    for (const c of await db.itemTerm.groupBy({ by: ["term"], where: { term: { in: terms.slice(i, i + CHUNK) } }, _count: { _all: true } })) df.set(c.term, c._count._all);
  return df;
}

/**
 * The "à thématiser" queue: the ideas (first) and examples with no theme in the rencontres the
 * actor may edit (drafts included; none for an account invited nowhere), one page at a time,
 * each with up to three theme suggestions (src/lib/recurrence/theme-suggestions.ts) computed
 * from the recurrence index against each theme's latest PROFILE_ITEMS items.
 */
export async function findThemeQueue(actor: Actor, page: number) {
  const where: Prisma.ItemWhereInput = { themes: { none: {} }, rencontre: editableRencontreWhere(actor) };
  const [total, items, themes] = await Promise.all([
    db.item.count({ where }),
    db.item.findMany({
      where,
      orderBy: [{ kind: "desc" }, { rencontre: { date: "desc" } }, { rencontreId: "asc" }, { table: { number: "asc" } }, { position: "asc" }],
      skip: (page - 1) * THEME_QUEUE_PER_PAGE,
      take: THEME_QUEUE_PER_PAGE,
      select: {
        id: true,
        kind: true,
        text: true,
        plainText: true,
        keywords: { select: { term: true } },
        table: { select: { number: true } },
        rencontre: { select: { id: true, title: true, city: true, date: true, status: true } },
      },
    }),
    db.theme.findMany({
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, description: true, items: { orderBy: { item: { createdAt: "desc" } }, take: PROFILE_ITEMS, select: { itemId: true } } },
    }),
  ]);
  const stored = await termsOf([...items.map((i) => i.id), ...themes.flatMap((t) => t.items.map((i) => i.itemId))]);
  // An item written before the recurrence index has no rows yet: its terms come from its text.
  const itemTermsOf = (i: (typeof items)[number]) => stored.get(i.id) ?? itemTerms(i.text, i.keywords.map((k) => k.term));
  const profiles = themes.map((t) => ({ id: t.id, items: t.items.flatMap((i) => stored.get(i.itemId) ?? []), nameTerms: nameTermsOf(t.name, t.description) }));
  const df = await documentFrequencies([...new Set([...stored.values()].flatMap((t) => [...t.keys()]))]);
  const count = await db.item.count();
  const idfOf = (term: string) => idf(df.get(term) ?? 1, count);
  const names = new Map(themes.map((t) => [t.id, t.name]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / THEME_QUEUE_PER_PAGE)),
    items: items.map((i) => ({
      id: i.id,
      kind: i.kind,
      plainText: i.plainText,
      table: i.table,
      rencontre: i.rencontre,
      suggestions: suggestThemes(itemTermsOf(i), profiles, idfOf).map((s) => ({ id: s.themeId, name: names.get(s.themeId)! })),
    })),
  };
}

export type ThemeQueueItem = Awaited<ReturnType<typeof findThemeQueue>>["items"][number];
