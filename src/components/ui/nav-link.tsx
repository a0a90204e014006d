"use client";

import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * A navigation link that marks where the reader is: aria-current="page" on its own address,
 * "true" anywhere below it (`section`: the path prefixes it stands for), with the same visible mark.
 * A client component only for usePathname: the layout around it stays static. A plain anchor,
 * as every public link (src/components/ui/link.tsx).
 */
export function NavLink({ href, section = [], children }: { href: string; section?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href ? "page" : section.some((p) => pathname === p || pathname.startsWith(`${p}/`)) ? "true" : undefined;
  return (
    <a href={href} aria-current={current} className="nav-link">
      {children}
    </a>
  );
}
