import "server-only";
import { itemCsvHeader, itemCsvLine, itemJson } from "@/lib/open-data/item-export";
import { UTF8_BOM } from "@/lib/open-data/csv";
import { catalogueQueryString, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { findExportItems } from "@/server/data/exports/find-export-items";
import type { ItemKindValue } from "@/server/data/search/item-filters";

export type DownloadFormat = "csv" | "json";

/**
 * A download of a catalogue view, written as the database hands over its batches: the
 * stream asks for the next batch only when the reader has taken the previous one, so a
 * slow client holds one batch in memory, not the whole export.
 */
export function itemDownloadStream(kind: ItemKindValue, format: DownloadFormat, filters: CatalogueFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let batches: AsyncGenerator<string> | null = null;
  async function* chunks(): AsyncGenerator<string> {
    if (format === "csv") {
      yield UTF8_BOM + itemCsvHeader();
      for await (const batch of findExportItems(kind, filters)) yield batch.map(itemCsvLine).join("");
      return;
    }
    const query = catalogueQueryString({ ...filters, page: 1 });
    yield `{"type":${JSON.stringify(kind === "IDEA" ? "pistes" : "exemples")},"filtres":${JSON.stringify(query.slice(1))},"items":[`;
    let first = true;
    for await (const batch of findExportItems(kind, filters)) {
      if (batch.length === 0) continue;
      yield (first ? "\n" : ",\n") + batch.map((item) => JSON.stringify(itemJson(item))).join(",\n");
      first = false;
    }
    yield "\n]}\n";
  }
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        batches ??= chunks();
        const { value, done } = await batches.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      },
      async cancel() {
        await batches?.return(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}
