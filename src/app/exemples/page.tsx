import { CATALOGUE_METADATA } from "@/components/catalogue/catalogue-metadata";
import { CatalogueRoute, type SearchParams } from "@/components/catalogue/catalogue-route";

// Served from the page cache through the proxy (src/proxy.ts); rendered here, on every
// request, only for query strings too long to be cached.
export const metadata = CATALOGUE_METADATA.EXAMPLE;

export default async function ExamplesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  return <CatalogueRoute kind="EXAMPLE" params={await searchParams} />;
}
