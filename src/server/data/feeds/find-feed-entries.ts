import "server-only";
import { statusLabel } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import { FOLLOW_UP_AUDIT_PREFIX } from "@/server/data/items/follow-up";

/** How many entries a feed carries: the most recent ones. */
export const FEED_SIZE = 50;
const published = { status: "PUBLISHED" as const };

/** When the public catalogue last changed: the date of a feed that has no entry. */
export async function findCatalogueUpdatedAt(): Promise<Date> {
  const state = await db.catalogueState.findUnique({ where: { id: 1 }, select: { updatedAt: true } });
  return state?.updatedAt ?? new Date(0);
}

/** The most recently published rencontres. */
export async function findNewRencontres() {
  return db.rencontre.findMany({
    where: published,
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
    select: { id: true, slug: true, title: true, city: true, date: true, publishedAt: true, updatedAt: true, tables: { select: { id: true } } },
  });
}

/** A theme and its newest published ideas; null when there is no such theme. */
export async function findNewThemeIdeas(slug: string) {
  const theme = await db.theme.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!theme) return null;
  const ideas = await db.item.findMany({
    where: { kind: "IDEA", themes: { some: { themeId: theme.id } }, rencontre: published },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      plainText: true,
      createdAt: true,
      table: { select: { number: true } },
      rencontre: { select: { slug: true, city: true, date: true, publishedAt: true } },
    },
  });
  return { theme, ideas };
}

/**
 * The latest follow-up changes (a status set, a dated note added) of published ideas, from
 * their audit entries: a status change leaves no other trace. Only the entry's date and its
 * public wording are read, never who made it. Entries of drafts' or deleted ideas are skipped.
 */
export async function findFollowUpChanges() {
  const entries = await db.auditLog.findMany({
    where: { entityType: "Item", action: "UPDATE", summary: { startsWith: FOLLOW_UP_AUDIT_PREFIX } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: FEED_SIZE * 4,
    select: { id: true, at: true, entityId: true, summary: true },
  });
  const ids = [...new Set(entries.flatMap((e) => (e.entityId ? [e.entityId] : [])))];
  const ideas = await db.item.findMany({
    where: { id: { in: ids }, kind: "IDEA", rencontre: published },
    select: {
      id: true,
      slug: true,
      plainText: true,
      status: true,
      table: { select: { number: true } },
      rencontre: { select: { slug: true } },
      notes: { orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 1, select: { date: true, text: true } },
    },
  });
  const byId = new Map(ideas.map((i) => [i.id, i]));
  return entries
    .flatMap((e) => {
      const idea = e.entityId ? byId.get(e.entityId) : undefined;
      return idea ? [{ id: e.id, at: e.at, change: e.summary.slice(FOLLOW_UP_AUDIT_PREFIX.length).trim(), idea: { ...idea, statusLabel: statusLabel(idea.status) } }] : [];
    })
    .slice(0, FEED_SIZE);
}
