import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { itemPageMetadata, ItemPageView } from "@/components/item/item-page";
import { ItemSlugSchema } from "@/lib/schemas/catalogue";
import { getItemPage } from "@/server/data/items/get-item-page";

// Incremental static regeneration, as /rencontres/[slug]: each page is rendered on its first
// visit, then served from the page cache and rendered again in the background at most every
// 2 seconds (docs/decisions/0008); writes in this instance purge it at once.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const slug = ItemSlugSchema.safeParse((await params).slug);
  return slug.success ? getItemPage("EXAMPLE", slug.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const item = await load(params);
  return item ? itemPageMetadata(item) : { title: "Exemple introuvable" };
}

export default async function ExamplePage({ params }: Props) {
  const item = await load(params);
  if (!item) notFound();
  return <ItemPageView item={item} />;
}
