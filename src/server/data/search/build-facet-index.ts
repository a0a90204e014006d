import "server-only";
import { recurrenceOrder, type KindFacets, type RencontreFacets } from "@/lib/search/facet-count";
import { raggedBytes, raggedFrom } from "@/lib/search/ragged";
import { IDEA_STATUSES } from "@/lib/schemas/catalogue";
import { db } from "@/server/db";
import type { ItemKindValue } from "./item-filters";

export type IndexedKind = KindFacets & {
  ids: string[];
  rankOf: Map<string, number>;
  /** Where the item and its public related items were raised (1 and 1 when alone). */
  recurrenceRencontres: Uint16Array;
  recurrenceTables: Uint16Array;
  /** 1 when it has public related items (its recurrence is shown), else 0. */
  hasRelated: Uint8Array;
  /** How many public items it is linked to as the same one raised elsewhere. */
  relatedCount: Uint16Array;
};

export type FacetIndex = {
  version: number;
  /** The catalogue's facets version when the build began (getFacetsVersion): while it stays, the index holds for later versions. */
  facetsVersion: number;
  builtInMs: number;
  rencontres: { id: string; slug: string; city: string; cityKey: string; date: Date | null }[];
  rencontreFacets: RencontreFacets;
  cities: { key: string; label: string }[];
  years: number[];
  themes: { id: string; slug: string; name: string; isPublic: boolean }[];
  organisations: { id: string; slug: string; name: string }[];
  kinds: Record<ItemKindValue, IndexedKind>;
  /** Bytes held by the typed arrays (ids and labels excluded). */
  arrayBytes: number;
};

type ItemRow = { id: string; kind: ItemKindValue; rencontreId: string; tableId: string; status: string | null; position: number | bigint };

/**
 * The facet index of the published catalogue as the database holds it now, labelled with
 * `version` (read by the caller before these reads: a write during the build bumps it, so the
 * next request builds again). Eight plain queries, each read once; everything after is typed arrays.
 */
/** Runs the reads in turn, keeping each one's result type. */
async function oneAfterAnother<T extends readonly (() => Promise<unknown>)[]>(reads: T): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

export async function buildFacetIndex(version: number, facetsVersion = version): Promise<FacetIndex> {
  const started = performance.now();
  // Plain reads without joins or ORDER BY (sorting 75,000 rows in the database cost seconds at
  // 50,000 ideas): rows outside the published rencontres are dropped here.
  // One read after another: on PostgreSQL the build holds one pooled connection, not nine,
  // while pages and saves need theirs (on SQLite the reads take turns on its one connection anyway).
  const [rencontres, allItems, tables, itemThemes, themes, mentions, participations, relations, allOrganisations] = await oneAfterAnother([
    () => db.rencontre.findMany({
      where: { status: "PUBLISHED" },
      orderBy: [{ date: { sort: "desc", nulls: "last" } }, { slug: "asc" }],
      select: { id: true, slug: true, city: true, cityKey: true, date: true },
    }),
    () => db.$queryRawUnsafe<ItemRow[]>(
      `SELECT i.id, i.kind, i."rencontreId" AS "rencontreId", i."tableId" AS "tableId", i.status, i.position FROM "Item" i
       WHERE i."rencontreId" IN (SELECT r.id FROM "Rencontre" r WHERE r.status = 'PUBLISHED')`,
    ),
    () => db.$queryRawUnsafe<{ id: string; number: number }[]>(`SELECT t.id, t.number FROM "Table" t`),
    () => db.$queryRawUnsafe<{ itemId: string; themeId: string }[]>(`SELECT it."itemId" AS "itemId", it."themeId" AS "themeId" FROM "ItemTheme" it`),
    () => db.theme.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, slug: true, name: true } }),
    () => db.$queryRawUnsafe<{ itemId: string; organisationId: string }[]>(`SELECT m."itemId" AS "itemId", m."organisationId" AS "organisationId" FROM "ItemMention" m`),
    () => db.$queryRawUnsafe<{ tableId: string; organisationId: string }[]>(
      `SELECT DISTINCT p."tableId" AS "tableId", p."organisationId" AS "organisationId" FROM "Participation" p WHERE p."organisationId" IS NOT NULL`,
    ),
    () => db.$queryRawUnsafe<{ fromId: string; toId: string }[]>(`SELECT rel."fromId" AS "fromId", rel."toId" AS "toId" FROM "ItemRelation" rel`),
    () => db.$queryRawUnsafe<{ id: string; slug: string; name: string }[]>(`SELECT o.id, o.slug, o.name FROM "Organisation" o`),
  ] as const);
  const rencontreRank = new Map(rencontres.map((r, i) => [r.id, i]));
  const tableNumber = new Map(tables.map((t) => [t.id, Number(t.number)]));
  // The catalogue's order: rencontre (date desc, nulls last, slug, as the database sorts them), table number, position.
  const items = allItems
    .filter((i) => rencontreRank.has(i.rencontreId))
    .sort(
      (a, b) =>
        rencontreRank.get(a.rencontreId)! - rencontreRank.get(b.rencontreId)! ||
        tableNumber.get(a.tableId)! - tableNumber.get(b.tableId)! ||
        Number(a.position) - Number(b.position) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );

  // Rencontres, cities and years interned: an item holds the rencontre's index only.
  const rencontreAt = rencontreRank;
  const cities: FacetIndex["cities"] = [];
  const cityAt = new Map<string, number>();
  const years: number[] = [];
  const rencontreFacets: RencontreFacets = { city: new Int32Array(rencontres.length), year: new Int32Array(rencontres.length) };
  rencontres.forEach((r, i) => {
    let city = cityAt.get(r.cityKey);
    if (city === undefined) city = cityAt.set(r.cityKey, cities.push({ key: r.cityKey, label: r.city }) - 1).get(r.cityKey)!;
    // The label of a city is the largest of its spellings, as MAX(r.city) gave.
    else if (r.city > cities[city]!.label) cities[city]!.label = r.city;
    rencontreFacets.city[i] = city;
    const year = r.date ? r.date.getUTCFullYear() : null;
    if (year === null) rencontreFacets.year[i] = -1;
    else {
      let at = years.indexOf(year);
      if (at < 0) at = years.push(year) - 1;
      rencontreFacets.year[i] = at;
    }
  });

  const themeAt = new Map(themes.map((t, i) => [t.id, i]));
  const organisationIds: string[] = [];
  const organisationAt = new Map<string, number>();
  const intern = (id: string) => {
    let at = organisationAt.get(id);
    if (at === undefined) organisationAt.set(id, (at = organisationIds.push(id) - 1));
    return at;
  };
  const publicTheme = new Uint8Array(themes.length);
  // Interned only when a published item uses them: a draft's organisation never enters the index.
  const tableOrganisations = new Map<string, string[]>();
  for (const p of participations) {
    const list = tableOrganisations.get(p.tableId) ?? [];
    list.push(p.organisationId);
    tableOrganisations.set(p.tableId, list);
  }

  const rows = { IDEA: items.filter((i) => i.kind === "IDEA"), EXAMPLE: items.filter((i) => i.kind === "EXAMPLE") };
  const where = new Map<string, { kind: ItemKindValue; rank: number }>();
  for (const kind of ["IDEA", "EXAMPLE"] as const) rows[kind].forEach((row, rank) => where.set(row.id, { kind, rank }));
  const pairs = () => ({ rows: [] as number[], values: [] as number[] });
  const themePairs = { IDEA: pairs(), EXAMPLE: pairs() };
  const organisationPairs = { IDEA: pairs(), EXAMPLE: pairs() };
  for (const it of itemThemes) {
    const at = where.get(it.itemId);
    const theme = themeAt.get(it.themeId);
    if (!at || theme === undefined) continue;
    themePairs[at.kind].rows.push(at.rank);
    themePairs[at.kind].values.push(theme);
    publicTheme[theme] = 1;
  }
  for (const m of mentions) {
    const at = where.get(m.itemId);
    if (!at) continue;
    organisationPairs[at.kind].rows.push(at.rank);
    organisationPairs[at.kind].values.push(intern(m.organisationId));
  }
  const related = new Map<string, string[]>();
  for (const rel of relations) {
    if (!where.has(rel.fromId) || !where.has(rel.toId)) continue;
    for (const [one, other] of [[rel.fromId, rel.toId], [rel.toId, rel.fromId]] as const) {
      const list = related.get(one);
      if (list) list.push(other);
      else related.set(one, [other]);
    }
  }
  const placeOf = (id: string) => {
    const at = where.get(id)!;
    const row = rows[at.kind][at.rank]!;
    return { rencontre: row.rencontreId, table: row.tableId };
  };

  const kinds = {} as Record<ItemKindValue, IndexedKind>;
  for (const kind of ["IDEA", "EXAMPLE"] as const) {
    const list = rows[kind];
    const size = list.length;
    const rencontre = new Int32Array(size);
    const status = new Uint8Array(size);
    const recurrenceRencontres = new Uint16Array(size);
    const recurrenceTables = new Uint16Array(size);
    const hasRelated = new Uint8Array(size);
    const relatedCount = new Uint16Array(size);
    list.forEach((row, rank) => {
      rencontre[rank] = rencontreAt.get(row.rencontreId)!;
      status[rank] = row.status ? IDEA_STATUSES.findIndex((s) => s.value === row.status) + 1 : 0;
      for (const organisation of tableOrganisations.get(row.tableId) ?? []) {
        organisationPairs[kind].rows.push(rank);
        organisationPairs[kind].values.push(intern(organisation));
      }
      // Counted as recurrence-spread.ts counts: the item itself and its public related items.
      const others = related.get(row.id) ?? [];
      const places = [{ rencontre: row.rencontreId, table: row.tableId }, ...others.map(placeOf)];
      recurrenceRencontres[rank] = new Set(places.map((p) => p.rencontre)).size;
      recurrenceTables[rank] = new Set(places.map((p) => p.table)).size;
      hasRelated[rank] = others.length > 0 ? 1 : 0;
      relatedCount[rank] = Math.min(others.length, 65535);
    });
    kinds[kind] = {
      size,
      ids: list.map((row) => row.id),
      rankOf: new Map(list.map((row, rank) => [row.id, rank])),
      rencontre,
      status,
      themes: raggedFrom(size, themePairs[kind].rows, themePairs[kind].values),
      organisations: raggedFrom(size, organisationPairs[kind].rows, organisationPairs[kind].values),
      recurrenceOrder: recurrenceOrder(recurrenceRencontres, recurrenceTables),
      recurrenceRencontres,
      recurrenceTables,
      hasRelated,
      relatedCount,
    };
  }

  const organisationById = new Map(allOrganisations.map((o) => [o.id, o]));
  const arrayBytes = Object.values(kinds).reduce(
    (sum, k) =>
      sum +
      k.rencontre.byteLength +
      k.status.byteLength +
      raggedBytes(k.themes) +
      raggedBytes(k.organisations) +
      k.recurrenceOrder.byteLength +
      k.recurrenceRencontres.byteLength +
      k.recurrenceTables.byteLength +
      k.hasRelated.byteLength +
      k.relatedCount.byteLength,
    0,
  );
  return {
    version,
    facetsVersion,
    builtInMs: performance.now() - started,
    rencontres,
    rencontreFacets,
    cities,
    years,
    themes: themes.map((t, i) => ({ ...t, isPublic: publicTheme[i] === 1 })),
    organisations: organisationIds.map((id) => organisationById.get(id) ?? { id, slug: id, name: id }),
    kinds,
    arrayBytes,
  };
}
