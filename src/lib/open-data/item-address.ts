import { siteUrl } from "@/lib/site-url";

/**
 * The public address of an example or idea, as downloads and the data package give it: the
 * one place that decides it (the page of its table, where the item is shown).
 */
export function itemAddress(item: { rencontreSlug: string; tableNumber: number }): string {
  return `${siteUrl()}/rencontres/${item.rencontreSlug}/tables/${item.tableNumber}`;
}
