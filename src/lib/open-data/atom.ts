/**
 * Atom feeds (RFC 4287): the feed has its id, title, updated, author and self link; each
 * entry its id, title, updated and alternate link. Pure: the feed routes (src/app/flux/)
 * give the entries.
 */

export type AtomEntry = {
  /** A permanent IRI: the same entry keeps it even if its page moves (see atomTagId). */
  id: string;
  title: string;
  updated: Date;
  published?: Date;
  link: string;
  summary?: string;
};

export type AtomFeed = {
  id: string;
  title: string;
  subtitle?: string;
  selfUrl: string;
  alternateUrl: string;
  /** When the feed has no entry yet: the date the feed says it was last updated. */
  emptyUpdated: Date;
  entries: AtomEntry[];
};

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
const AUTHOR = "Grandes Rencontres ES-TS";

/** Characters XML 1.0 does not allow (control characters but tab and line breaks) are dropped. */
function xmlText(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    if (char === "&") out += "&amp;";
    else if (char === "<") out += "&lt;";
    else if (char === ">") out += "&gt;";
    else if (char === '"') out += "&quot;";
    else out += char;
  }
  return out;
}

/** RFC 3339 date-time, in UTC, to the second. */
export const atomDate = (date: Date) => `${date.toISOString().slice(0, 19)}Z`;

/** A tag URI (RFC 4151) naming one record for good, whatever address its page gets. */
export function atomTagId(siteUrl: string, kind: string, id: string): string {
  return `tag:${new URL(siteUrl).hostname},2021:${kind}/${id}`;
}

export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), feed.entries[0]?.updated ?? feed.emptyUpdated);
  const entries = feed.entries.map((e) =>
    [
      "  <entry>",
      `    <id>${xmlText(e.id)}</id>`,
      `    <title>${xmlText(e.title)}</title>`,
      `    <updated>${atomDate(e.updated)}</updated>`,
      e.published ? `    <published>${atomDate(e.published)}</published>` : null,
      `    <link rel="alternate" type="text/html" href="${xmlText(e.link)}"/>`,
      e.summary ? `    <summary>${xmlText(e.summary)}</summary>` : null,
      "  </entry>",
    ]
      .filter((line) => line !== null)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">',
    `  <id>${xmlText(feed.id)}</id>`,
    `  <title>${xmlText(feed.title)}</title>`,
    feed.subtitle ? `  <subtitle>${xmlText(feed.subtitle)}</subtitle>` : null,
    `  <updated>${atomDate(updated)}</updated>`,
    `  <author><name>${AUTHOR}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(feed.alternateUrl)}"/>`,
    ...entries,
    "</feed>",
    "",
  ]
    .filter((line) => line !== null)
    .join("\n");
}
