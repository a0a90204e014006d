import "server-only";
import { atomFeed, atomTagId } from "@/lib/open-data/atom";
import { FEEDS, themeFeedPath, themeFeedTitle } from "@/lib/open-data/feed-addresses";
import { itemAddress } from "@/lib/open-data/item-address";
import { siteUrl } from "@/lib/site-url";
import { formatDate } from "@/lib/text/format";
import { findCatalogueUpdatedAt, findFollowUpChanges, findNewRencontres, findNewThemeIdeas } from "@/server/data/feeds/find-feed-entries";

/** The Atom feeds of /flux, from the data layer's entries. */
const shorten = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export async function rencontresFeed(): Promise<string> {
  const site = siteUrl();
  const [rencontres, emptyUpdated] = await Promise.all([findNewRencontres(), findCatalogueUpdatedAt()]);
  return atomFeed({
    id: atomTagId(site, "flux", "rencontres"),
    title: FEEDS.rencontres.title,
    subtitle: "Chaque compte rendu publié : ses tables, ses exemples et ses pistes de collaboration.",
    selfUrl: `${site}${FEEDS.rencontres.path}`,
    alternateUrl: `${site}/rencontres`,
    emptyUpdated,
    entries: rencontres.map((r) => ({
      id: atomTagId(site, "rencontre", r.id),
      title: `${r.title} — ${r.city}, ${formatDate(r.date)}`,
      published: r.publishedAt ?? r.updatedAt,
      updated: r.publishedAt ?? r.updatedAt,
      link: `${site}/rencontres/${r.slug}`,
      summary: `Compte rendu de la rencontre de ${r.city} (${formatDate(r.date)}) : ${r.tables.length} table${r.tables.length >= 2 ? "s" : ""}.`,
    })),
  });
}

/** The feed of a theme's new ideas; null when there is no such theme. */
export async function themeFeed(slug: string): Promise<string | null> {
  const site = siteUrl();
  const [found, emptyUpdated] = await Promise.all([findNewThemeIdeas(slug), findCatalogueUpdatedAt()]);
  if (!found) return null;
  return atomFeed({
    id: atomTagId(site, "flux", `themes/${found.theme.id}`),
    title: themeFeedTitle(found.theme.name),
    selfUrl: `${site}${themeFeedPath(found.theme.slug)}`,
    alternateUrl: `${site}/themes/${found.theme.slug}`,
    emptyUpdated,
    entries: found.ideas.map((idea) => {
      // An idea of a rencontre published after it was entered is new from its publication.
      const published = idea.rencontre.publishedAt && idea.rencontre.publishedAt > idea.createdAt ? idea.rencontre.publishedAt : idea.createdAt;
      return {
        id: atomTagId(site, "piste", idea.id),
        title: shorten(idea.plainText),
        published,
        updated: published,
        link: itemAddress({ kind: "IDEA", slug: idea.slug, rencontreSlug: idea.rencontre.slug, tableNumber: idea.table.number }),
        summary: `${idea.plainText} (table ${idea.table.number}, ${idea.rencontre.city}, ${formatDate(idea.rencontre.date)})`,
      };
    }),
  });
}

export async function followUpFeed(): Promise<string> {
  const site = siteUrl();
  const [changes, emptyUpdated] = await Promise.all([findFollowUpChanges(), findCatalogueUpdatedAt()]);
  return atomFeed({
    id: atomTagId(site, "flux", "suivi"),
    title: FEEDS.suivi.title,
    subtitle: "Ce que deviennent les pistes : changements de statut et notes de suivi.",
    selfUrl: `${site}${FEEDS.suivi.path}`,
    alternateUrl: `${site}/pistes`,
    emptyUpdated,
    entries: changes.map((c) => {
      const note = c.idea.notes[0];
      return {
        id: atomTagId(site, "suivi", c.id),
        title: `« ${shorten(c.idea.plainText, 70)} » : ${c.change.split(" : ").slice(1).join(" : ") || c.change}`,
        updated: c.at,
        link: itemAddress({ kind: "IDEA", slug: c.idea.slug, rencontreSlug: c.idea.rencontre.slug, tableNumber: c.idea.table.number }),
        summary: [
          `${c.idea.plainText} (table ${c.idea.table.number}) — statut : ${c.idea.statusLabel ?? "non précisé"}.`,
          note ? `Dernière note, du ${formatDate(note.date)} : ${note.text}` : null,
        ]
          .filter(Boolean)
          .join(" "),
      };
    }),
  });
}
