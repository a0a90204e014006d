import { statusLabel } from "@/lib/schemas/catalogue";
import { isoDay } from "@/lib/text/format";
import { csvLine } from "./csv";
import { itemAddress } from "./item-address";

/** One example or idea as a download holds it (see src/server/data/exports/find-export-items.ts). */
export type ExportItem = {
  id: string;
  kind: "IDEA" | "EXAMPLE";
  slug: string | null;
  text: string;
  keywords: string[];
  themes: { id: string; slug: string; name: string }[];
  status: string | null;
  table: { id: string; number: number };
  rencontre: { id: string; slug: string; title: string; city: string; date: Date | null };
};

/** The separator of the downloads: what a French Excel or LibreOffice expects. */
export const DOWNLOAD_SEPARATOR = ";";
/** Several values in one CSV cell (keywords, themes). */
export const LIST_SEPARATOR = " | ";

export const ITEM_CSV_HEADER = ["texte", "mots_cles", "themes", "statut", "table", "rencontre", "ville", "date", "adresse"] as const;

export function itemCsvHeader(): string {
  return csvLine(ITEM_CSV_HEADER, DOWNLOAD_SEPARATOR);
}

export function itemCsvLine(item: ExportItem): string {
  return csvLine(
    [
      item.text,
      item.keywords.join(LIST_SEPARATOR),
      item.themes.map((t) => t.name).join(LIST_SEPARATOR),
      statusLabel(item.status) ?? "",
      item.table.number,
      item.rencontre.title,
      item.rencontre.city,
      isoDay(item.rencontre.date) ?? "",
      itemAddress({ kind: item.kind, slug: item.slug, rencontreSlug: item.rencontre.slug, tableNumber: item.table.number }),
    ],
    DOWNLOAD_SEPARATOR,
  );
}

/** The same fields as the CSV, with the ids of the item, its themes, table and rencontre. */
export function itemJson(item: ExportItem) {
  return {
    id: item.id,
    texte: item.text,
    mots_cles: item.keywords,
    themes: item.themes.map((t) => ({ id: t.id, slug: t.slug, nom: t.name })),
    statut: statusLabel(item.status),
    table: { id: item.table.id, numero: item.table.number },
    rencontre: { id: item.rencontre.id, slug: item.rencontre.slug, titre: item.rencontre.title },
    ville: item.rencontre.city,
    date: isoDay(item.rencontre.date) ?? null,
    adresse: itemAddress({ kind: item.kind, slug: item.slug, rencontreSlug: item.rencontre.slug, tableNumber: item.table.number }),
  };
}
