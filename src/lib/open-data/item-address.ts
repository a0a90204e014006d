import { siteUrl } from "@/lib/site-url";

/** The path of an example's or idea's own page, or null for an item not given one yet. */
export function itemPath(item: { kind: "IDEA" | "EXAMPLE"; slug: string | null }): string | null {
  if (!item.slug) return null;
  return `${item.kind === "IDEA" ? "/pistes" : "/exemples"}/${item.slug}`;
}

/**
 * The public address of an example or idea, as downloads, the data package and the feeds give
 * it: its own page, or its table's page for an item not given one yet.
 */
export function itemAddress(item: { kind: "IDEA" | "EXAMPLE"; slug: string | null; rencontreSlug: string; tableNumber: number }): string {
  const path = itemPath(item);
  return path ? `${siteUrl()}${path}` : tableAddress(item);
}

/** The public address of a table's page. */
export function tableAddress(table: { rencontreSlug: string; tableNumber: number }): string {
  return `${siteUrl()}/rencontres/${table.rencontreSlug}/tables/${table.tableNumber}`;
}
