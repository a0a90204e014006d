import type { Metadata } from "next";

/** The addresses of the Atom feeds (src/app/flux/), and the <link rel="alternate"> that announce them. */
export const FEEDS = {
  rencontres: { path: "/flux/rencontres.atom", title: "Grandes Rencontres : nouvelles rencontres publiées" },
  suivi: { path: "/flux/suivi.atom", title: "Grandes Rencontres : suivi des pistes" },
} as const;

export const themeFeedPath = (slug: string) => `/flux/themes/${slug}.atom`;
export const themeFeedTitle = (name: string) => `Grandes Rencontres : nouvelles pistes du thème « ${name} »`;

/** The site's feeds, and a page's own first: a page's `alternates` replace the layout's. */
export function feedAlternates(own: { url: string; title: string }[] = []): Metadata["alternates"] {
  return {
    types: {
      "application/atom+xml": [
        ...own,
        { url: FEEDS.rencontres.path, title: FEEDS.rencontres.title },
        { url: FEEDS.suivi.path, title: FEEDS.suivi.title },
      ],
    },
  };
}
