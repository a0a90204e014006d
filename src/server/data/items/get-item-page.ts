import "server-only";
import type { ItemKind } from "@/generated/prisma/client";
import { cachedPublicRead } from "@/server/cache";
import { db } from "@/server/db";
import { familyPlaces } from "./get-item-page-family";

const published = { status: "PUBLISHED" as const };
const relatedSelect = {
  id: true,
  kind: true,
  slug: true,
  text: true,
  table: { select: { number: true } },
  rencontre: { select: { slug: true, city: true, date: true } },
} as const;

export type ItemPage = NonNullable<Awaited<ReturnType<typeof getItemPage>>>;

/**
 * One example or idea of a published rencontre, by its address, with what its page shows:
 * keywords, themes, organisations cited, its table and rencontre, the items already linked
 * to it (ItemRelation, and the other items of its lines of the general synthesis), the places
 * of its whole family (what "Évoquée dans…" counts, see familyPlaces), and for an idea its
 * status changes and notes (dates and statuses, never who wrote them). Null when missing, of
 * the other kind, or in a draft. One indexed lookup by slug, then the bounded family walk.
 */
export const getItemPage = cachedPublicRead("getItemPage", async (kind: ItemKind, slug: string) => {
  const item = await db.item.findFirst({
    where: { slug, kind, rencontre: published },
    select: {
      id: true,
      kind: true,
      slug: true,
      text: true,
      plainText: true,
      status: true,
      updatedAt: true,
      keywords: { orderBy: { position: "asc" }, select: { term: true } },
      themes: { select: { theme: { select: { slug: true, name: true, position: true } } } },
      mentions: { select: { organisation: { select: { slug: true, name: true } } } },
      table: { select: { number: true, title: true } },
      rencontre: { select: { slug: true, title: true, city: true, date: true } },
      relatedFrom: { where: { to: { rencontre: published } }, select: { to: { select: relatedSelect } } },
      relatedTo: { where: { from: { rencontre: published } }, select: { from: { select: relatedSelect } } },
      // The general synthesis sums up the same idea raised at several tables in one line.
      synthesisLinks: { select: { entry: { select: { items: { where: { item: { rencontre: published } }, select: { item: { select: relatedSelect } } } } } } },
      notes: { orderBy: [{ date: "asc" }, { createdAt: "asc" }], select: { id: true, date: true, status: true, text: true } },
      statusChanges: { orderBy: [{ changedAt: "asc" }, { createdAt: "asc" }], select: { id: true, changedAt: true, status: true } },
    },
  });
  if (!item) return null;
  const linked = [
    ...item.relatedFrom.map((r) => r.to),
    ...item.relatedTo.map((r) => r.from),
    ...item.synthesisLinks.flatMap((l) => l.entry.items.map((i) => i.item)),
  ];
  const related = linked
    .filter((r, index) => r.id !== item.id && r.slug !== null && linked.findIndex((o) => o.id === r.id) === index)
    .map((r) => ({ kind: r.kind, slug: r.slug!, text: r.text, table: r.table.number, rencontre: { slug: r.rencontre.slug, city: r.rencontre.city, date: r.rencontre.date } }))
    .sort((a, b) => a.table - b.table);
  const family = await familyPlaces(
    item.id,
    linked.map((r) => r.id),
  );
  return {
    kind: item.kind,
    slug: item.slug!,
    text: item.text,
    plainText: item.plainText,
    status: item.status,
    updatedAt: item.updatedAt,
    keywords: item.keywords.map((k) => k.term),
    themes: [...item.themes]
      .map((t) => t.theme)
      .sort((a, b) => a.position - b.position)
      .map(({ slug: themeSlug, name }) => ({ slug: themeSlug, name })),
    organisations: item.mentions.map((m) => m.organisation).sort((a, b) => a.name.localeCompare(b.name, "fr")),
    table: item.table,
    rencontre: item.rencontre,
    related,
    family,
    notes: item.notes,
    statusChanges: item.statusChanges,
  };
});
