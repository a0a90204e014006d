import "server-only";
import type { CsvValue } from "@/lib/open-data/csv";
import type { ResourceName } from "@/lib/open-data/data-package";
import { itemAddress } from "@/lib/open-data/item-address";
import { publicName } from "@/lib/people/display-name";
import { statusLabel } from "@/lib/schemas/catalogue";
import { ORGANISATION_KIND_LABELS } from "@/lib/schemas/organisation";
import { siteUrl } from "@/lib/site-url";
import { isoDay } from "@/lib/text/format";
import { db } from "@/server/db";
import { publicOrganisationWhere } from "@/server/data/organisations/public-organisation-where";

/**
 * The rows of each file of the data package (src/lib/open-data/data-package.ts), in the order
 * of its fields, read in batches: rencontres by keyset on their id, RENCONTRES_PER_BATCH at a
 * time, and everything that belongs to a rencontre with its batch, so that only published
 * rencontres' content is ever read and memory holds one batch. Erased people have no row
 * left to read; hidden ones are named "Participant·e".
 */
const RENCONTRES_PER_BATCH = 20;
const ROWS_PER_BATCH = 500;

type Rows = AsyncGenerator<CsvValue[][]>;
const published = { status: "PUBLISHED" as const };
const dateTime = (date: Date | null) => (date ? `${date.toISOString().slice(0, 19)}Z` : null);

async function* publishedRencontreIds(): AsyncGenerator<string[]> {
  let after = "";
  for (;;) {
    const rows = await db.rencontre.findMany({ where: { ...published, id: { gt: after } }, orderBy: { id: "asc" }, take: RENCONTRES_PER_BATCH, select: { id: true } });
    if (rows.length === 0) return;
    yield rows.map((r) => r.id);
    after = rows[rows.length - 1]!.id;
    if (rows.length < RENCONTRES_PER_BATCH) return;
  }
}

async function* rencontres(): Rows {
  const site = siteUrl();
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.rencontre.findMany({
      where: { id: { in: ids } },
      orderBy: { id: "asc" },
      select: { id: true, slug: true, title: true, subtitle: true, edition: true, city: true, territory: true, date: true, venueName: true, publishedAt: true },
    });
    yield rows.map((r) => [r.id, r.slug, r.title, r.subtitle, r.edition, r.city, r.territory, isoDay(r.date), r.venueName, dateTime(r.publishedAt), `${site}/rencontres/${r.slug}`]);
  }
}

async function* tables(): Rows {
  const site = siteUrl();
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.table.findMany({
      where: { rencontreId: { in: ids } },
      orderBy: [{ rencontreId: "asc" }, { number: "asc" }],
      select: { id: true, rencontreId: true, number: true, title: true, rencontre: { select: { slug: true } } },
    });
    yield rows.map((t) => [t.id, t.rencontreId, t.number, t.title, `${site}/rencontres/${t.rencontre.slug}/tables/${t.number}`]);
  }
}

const personSelect = { select: { fullName: true, visibility: true } } as const;

async function* participations(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const [seats, speakers] = await Promise.all([
      db.participation.findMany({
        where: { table: { rencontreId: { in: ids } } },
        orderBy: [{ tableId: "asc" }, { position: "asc" }],
        select: { id: true, tableId: true, organisationId: true, statusLabel: true, position: true, table: { select: { rencontreId: true } }, person: personSelect },
      }),
      db.speaker.findMany({
        where: { rencontreId: { in: ids } },
        orderBy: [{ rencontreId: "asc" }, { role: "asc" }, { position: "asc" }],
        select: { id: true, rencontreId: true, organisationId: true, role: true, position: true, person: personSelect },
      }),
    ]);
    yield [
      ...seats.map((p) => [p.id, p.table.rencontreId, p.tableId, "table", publicName(p.person), p.organisationId, p.statusLabel, p.position]),
      ...speakers.map((s) => [s.id, s.rencontreId, null, s.role === "MODERATOR" ? "animation" : "intervention", publicName(s.person), s.organisationId, null, s.position]),
    ];
  }
}

async function* organisations(): Rows {
  const site = siteUrl();
  let after = "";
  for (;;) {
    const rows = await db.organisation.findMany({
      where: { AND: [publicOrganisationWhere, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: ROWS_PER_BATCH,
      select: { id: true, slug: true, name: true, kind: true, website: true, city: true },
    });
    if (rows.length === 0) return;
    yield rows.map((o) => [o.id, o.slug, o.name, ORGANISATION_KIND_LABELS[o.kind], o.website, o.city, `${site}/organisations/${o.slug}`]);
    after = rows[rows.length - 1]!.id;
    if (rows.length < ROWS_PER_BATCH) return;
  }
}

async function* rencontresOrganisations(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.rencontreOrganisation.findMany({
      where: { rencontreId: { in: ids } },
      orderBy: [{ rencontreId: "asc" }, { role: "asc" }, { position: "asc" }],
      select: { rencontreId: true, organisationId: true, role: true, position: true },
    });
    yield rows.map((r) => [r.rencontreId, r.organisationId, r.role === "ORGANISER" ? "organisation" : "partenaire", r.position]);
  }
}

async function* items(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.item.findMany({
      where: { rencontreId: { in: ids } },
      orderBy: [{ rencontreId: "asc" }, { tableId: "asc" }, { kind: "asc" }, { position: "asc" }],
      select: {
        id: true,
        kind: true,
        rencontreId: true,
        tableId: true,
        position: true,
        slug: true,
        plainText: true,
        status: true,
        keywords: { orderBy: { position: "asc" }, select: { term: true } },
        table: { select: { number: true } },
        rencontre: { select: { slug: true } },
      },
    });
    yield rows.map((i) => [
      i.id,
      i.kind === "IDEA" ? "piste" : "exemple",
      i.rencontreId,
      i.tableId,
      i.position,
      i.plainText,
      i.keywords.map((k) => k.term).join(" | "),
      statusLabel(i.status),
      itemAddress({ kind: i.kind, slug: i.slug, rencontreSlug: i.rencontre.slug, tableNumber: i.table.number }),
    ]);
  }
}

async function* themes(): Rows {
  const site = siteUrl();
  let after = "";
  for (;;) {
    const rows = await db.theme.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: ROWS_PER_BATCH,
      select: { id: true, slug: true, name: true, description: true, position: true },
    });
    if (rows.length === 0) return;
    yield rows.map((t) => [t.id, t.slug, t.name, t.description, t.position, `${site}/themes/${t.slug}`]);
    after = rows[rows.length - 1]!.id;
    if (rows.length < ROWS_PER_BATCH) return;
  }
}

async function* itemsThemes(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.itemTheme.findMany({ where: { item: { rencontreId: { in: ids } } }, orderBy: [{ itemId: "asc" }, { themeId: "asc" }] });
    yield rows.map((r) => [r.itemId, r.themeId]);
  }
}

async function* itemsMentions(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.itemMention.findMany({ where: { item: { rencontreId: { in: ids } } }, orderBy: [{ itemId: "asc" }, { organisationId: "asc" }] });
    yield rows.map((r) => [r.itemId, r.organisationId]);
  }
}

async function* relatedItems(): Rows {
  for await (const ids of publishedRencontreIds()) {
    // The other end may belong to a draft: such a link is left out.
    const rows = await db.itemRelation.findMany({
      where: { from: { rencontreId: { in: ids } }, to: { rencontre: published } },
      orderBy: [{ fromId: "asc" }, { toId: "asc" }],
    });
    yield rows.map((r) => [r.fromId, r.toId]);
  }
}

async function* followUp(): Rows {
  for await (const ids of publishedRencontreIds()) {
    const rows = await db.followUpNote.findMany({
      where: { item: { rencontreId: { in: ids } } },
      orderBy: [{ itemId: "asc" }, { date: "asc" }, { id: "asc" }],
      select: { id: true, itemId: true, date: true, status: true, text: true },
    });
    yield rows.map((n) => [n.id, n.itemId, isoDay(n.date), statusLabel(n.status), n.text]);
  }
}

const READERS: Record<ResourceName, () => Rows> = {
  rencontres,
  tables,
  participations,
  organisations,
  "rencontres-organisations": rencontresOrganisations,
  items,
  themes,
  "items-themes": itemsThemes,
  "items-mentions": itemsMentions,
  "items-lies": relatedItems,
  suivi: followUp,
};

export function findOpenDataRows(name: ResourceName): Rows {
  return READERS[name]();
}
