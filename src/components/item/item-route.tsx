import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { itemPageMetadata, ItemPageView } from "@/components/item/item-page";
import { ItemSlugSchema } from "@/lib/schemas/catalogue";
import { getItemPage } from "@/server/data/items/get-item-page";

type Props = { params: Promise<{ slug: string }> };

/** The page of one idea (/pistes/<slug>) or example (/exemples/<slug>): its metadata and its view. */
export function itemRoute(kind: "IDEA" | "EXAMPLE") {
  const load = async (params: Props["params"]) => {
    const slug = ItemSlugSchema.safeParse((await params).slug);
    return slug.success ? getItemPage(kind, slug.data) : null;
  };
  return {
    async generateMetadata({ params }: Props): Promise<Metadata> {
      const item = await load(params);
      return item ? itemPageMetadata(item) : { title: kind === "IDEA" ? "Piste introuvable" : "Exemple introuvable" };
    },
    async Page({ params }: Props) {
      const item = await load(params);
      if (!item) notFound();
      return <ItemPageView item={item} />;
    },
  };
}
