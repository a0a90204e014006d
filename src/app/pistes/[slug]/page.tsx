import { itemRoute } from "@/components/item/item-route";

// Incremental static regeneration, as /rencontres/[slug]: each page is rendered on its first
// visit, then served from the page cache and rendered again in the background at most every
// 2 seconds (docs/decisions/0008); writes in this instance purge it at once.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

const route = itemRoute("IDEA");
export const generateMetadata = route.generateMetadata;
export default route.Page;
