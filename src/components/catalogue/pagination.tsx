import { Link } from "@/components/ui/link";
import { catalogueQueryString, type CatalogueFilters } from "@/lib/schemas/catalogue";

/** Previous/next and a few page numbers, as links that keep every filter. */
export function Pagination({ action, filters, page, pageCount }: { action: string; filters: CatalogueFilters; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => `${action}${catalogueQueryString({ ...filters, page: p })}`;
  const pages = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav aria-label="Pages de résultats" className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && page <= pageCount ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className="rounded border border-line bg-white px-3 py-1">
              ← Précédente
            </Link>
          </li>
        ) : null}
        {pages.map((p, i) => (
          <li key={p} className="flex items-center gap-2">
            {i > 0 && p - pages[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {p === page ? (
              <span aria-current="page" className="rounded bg-ink px-3 py-1 text-white">
                {p}
              </span>
            ) : (
              <Link href={href(p)} className="rounded border border-line bg-white px-3 py-1" aria-label={`Page ${p}`}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className="rounded border border-line bg-white px-3 py-1">
              Suivante →
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
