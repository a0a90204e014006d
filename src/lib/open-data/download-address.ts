import { z } from "zod";
import { catalogueQueryString, type CatalogueFilters } from "@/lib/schemas/catalogue";

/** The files of /telechargements: a catalogue view (ideas or examples) in CSV or JSON. */
export const DownloadFileSchema = z.enum(["pistes.csv", "pistes.json", "exemples.csv", "exemples.json"]);
export type DownloadFile = z.infer<typeof DownloadFileSchema>;

export function parseDownloadFile(file: DownloadFile): { kind: "IDEA" | "EXAMPLE"; format: "csv" | "json" } {
  const [view, format] = file.split(".") as ["pistes" | "exemples", "csv" | "json"];
  return { kind: view === "pistes" ? "IDEA" : "EXAMPLE", format };
}

/** The address of the download of a view with exactly these filters (all pages). */
export function downloadAddress(kind: "IDEA" | "EXAMPLE", format: "csv" | "json", filters: Partial<CatalogueFilters>): string {
  return `/telechargements/${kind === "IDEA" ? "pistes" : "exemples"}.${format}${catalogueQueryString({ ...filters, page: 1 })}`;
}
