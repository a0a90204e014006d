import type { ComponentProps } from "react";

/**
 * The public pages' link: a plain anchor, so a click loads the page from the page cache as a
 * whole document, like the catalogue's filter forms do. Next.js' <Link> added its client code
 * to every public page's first load (about 2 kB gzip, issue 13's 135 kB budget), and with its
 * prefetching one view of /pistes?q=formation asked for 35 addresses (each card's page, each
 * status filter, pages 2, 3 and the last, every theme), each one not in the page cache yet a
 * render on the server: every visitor did a crawler's work.
 */
export function Link({ href, ...props }: ComponentProps<"a"> & { href: string }) {
  return <a href={href} {...props} />;
}
