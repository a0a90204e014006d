import { downloadAddress } from "@/lib/open-data/download-address";
import type { CatalogueFilters } from "@/lib/schemas/catalogue";

/**
 * "Télécharger … (CSV, JSON)": the items of a view with exactly its filters, every page
 * (src/app/telechargements). Plain links: a download is not a page to prefetch.
 */
export function DownloadLinks({ kind, filters, label }: { kind: "IDEA" | "EXAMPLE"; filters: Partial<CatalogueFilters>; label: string }) {
  return (
    <p className="no-print text-sm">
      {label} (
      <a href={downloadAddress(kind, "csv", filters)} download>
        CSV
      </a>
      ,{" "}
      <a href={downloadAddress(kind, "json", filters)} download>
        JSON
      </a>
      )
    </p>
  );
}
