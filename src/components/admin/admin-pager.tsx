import Link from "next/link";
import { formatNumber } from "@/lib/text/format";

/** Previous and next links of a paged admin list (?page=n, after the path's own query), with the page's rank; nothing for a single page. */
export function AdminPager({ path, page, pages, label }: { path: string; page: number; pages: number; label: string }) {
  if (pages <= 1) return null;
  const href = (n: number) => `${path}${path.includes("?") ? "&" : "?"}page=${n}`;
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="inline-block min-h-11 py-2">
          ← Précédente
        </Link>
      ) : null}
      <span className="py-2">
        Page {formatNumber(page)} sur {formatNumber(pages)}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="inline-block min-h-11 py-2">
          Suivante →
        </Link>
      ) : null}
    </nav>
  );
}
