import { redirect } from "next/navigation";
import { catalogueQueryString, parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { searchItems, type ItemKindValue } from "@/server/data/search/search-items";
import { CatalogueView } from "./catalogue-view";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * The body of /pistes and /exemples. A GET form sends its empty fields too
 * ("?q=&ville=…"): such an address is redirected to its tidy, shareable form.
 */
export async function CatalogueRoute({ kind, searchParams }: { kind: ItemKindValue; searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const query = parseCatalogueQuery(params);
  const hasEmpty = Object.values(params).some((v) => v === "" || (Array.isArray(v) && v.includes("")));
  if (hasEmpty && query.ignored.length === 0) {
    redirect(`${kind === "IDEA" ? "/pistes" : "/exemples"}${catalogueQueryString(query.filters)}`);
  }
  const result = await searchItems(kind, query.filters);
  return <CatalogueView kind={kind} query={query} result={result} />;
}
