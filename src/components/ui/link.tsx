import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The public pages' link: Next.js' client navigation, without prefetching. With it, one view
 * of /pistes?q=formation prefetched 35 addresses (each card's page, each status filter, pages
 * 2, 3 and the last, every theme), and each one not in the page cache yet was a render on the
 * server: every visitor did a crawler's work (issue 13). A click still navigates without
 * reloading the page; it fetches the page then.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
