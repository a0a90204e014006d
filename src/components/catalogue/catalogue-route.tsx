import { redirect } from "next/navigation";
import { parseCatalogueQuery, tidyCatalogueQueryString } from "@/lib/schemas/catalogue";
import { searchItems, type ItemKindValue } from "@/server/data/search/search-items";
import { CatalogueView } from "./catalogue-view";

export type SearchParams = Record<string, string | string[] | undefined>;

export const catalogueAction = (kind: ItemKindValue) => (kind === "IDEA" ? "/pistes" : "/exemples");

/** The body of /pistes and /exemples, from their query-string values. */
export async function CatalogueRoute({ kind, params }: { kind: ItemKindValue; params: SearchParams }) {
  const tidy = tidyCatalogueQueryString(params);
  if (tidy !== null) redirect(`${catalogueAction(kind)}${tidy}`);
  const query = parseCatalogueQuery(params);
  const result = await searchItems(kind, query.filters);
  return <CatalogueView kind={kind} query={query} result={result} />;
}
