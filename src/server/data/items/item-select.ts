import "server-only";
import type { Prisma } from "@/generated/prisma/client";

/** The fields of an example or idea that every public list shows (see ItemCard). */
export const itemCardSelect = {
  id: true,
  kind: true,
  slug: true,
  text: true,
  status: true,
  position: true,
  themes: { select: { theme: { select: { slug: true, name: true, position: true } } } },
  table: { select: { number: true } },
  rencontre: { select: { slug: true, city: true, date: true } },
} satisfies Prisma.ItemSelect;

type ItemCardRow = Prisma.ItemGetPayload<{ select: typeof itemCardSelect }>;

export type ItemCardDto = Omit<ItemCardRow, "themes"> & { themes: { slug: string; name: string }[] };

export function toItemCard(row: ItemCardRow): ItemCardDto {
  return {
    ...row,
    themes: [...row.themes]
      .map((t) => t.theme)
      .sort((a, b) => a.position - b.position)
      .map(({ slug, name }) => ({ slug, name })),
  };
}
