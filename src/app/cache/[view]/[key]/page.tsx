import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CATALOGUE_METADATA } from "@/components/catalogue/catalogue-metadata";
import { CatalogueRoute } from "@/components/catalogue/catalogue-route";
import { HomeContent } from "@/components/home/home-content";
import { OBSERVATORY_METADATA, ObservatoryContent } from "@/components/observatory/observatory-content";
import { isCachedView, isCanonicalCacheKey, searchParamsOfCacheKey } from "@/lib/page-cache/page-cache";
import { tidyCatalogueQueryString } from "@/lib/schemas/catalogue";

// The pages that read their query string, and those that aggregate the whole catalogue, cached
// whole: src/proxy.ts rewrites /, /pistes?…, /exemples?… and /observatoire(?annee=…) here. Each address is rendered on its first visit, then served from the
// page cache and rendered again in the background at most every 2 seconds (so an edit shows
// on every instance within about 3 s, docs/decisions/0008); writes in this instance purge it at once.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view, key } = await params;
  if (view === "pistes") return CATALOGUE_METADATA.IDEA;
  if (view === "exemples") return CATALOGUE_METADATA.EXAMPLE;
  if (view === "observatoire") {
    const { annee } = searchParamsOfCacheKey(key);
    if (typeof annee !== "string" || !isCanonicalCacheKey(view, key)) return OBSERVATORY_METADATA;
    return {
      ...OBSERVATORY_METADATA,
      title: `Observatoire, ${annee}`,
      openGraph: { ...OBSERVATORY_METADATA.openGraph, url: `/observatoire?annee=${annee}` },
    };
  }
  return { openGraph: { url: "/" } };
}

export default async function CachedPage({ params }: Props) {
  const { view, key } = await params;
  if (!isCachedView(view) || !isCanonicalCacheKey(view, key)) notFound();
  if (view === "accueil") return <HomeContent />;
  const query = searchParamsOfCacheKey(key);
  if (view === "observatoire") return <ObservatoryContent year={typeof query.annee === "string" ? Number(query.annee) : undefined} />;
  // An untidy address is redirected by the proxy before it gets a key.
  if (tidyCatalogueQueryString(query) !== null) notFound();
  return <CatalogueRoute kind={view === "pistes" ? "IDEA" : "EXAMPLE"} params={query} />;
}
