import { Link } from "@/components/ui/link";
import type { ActiveFilter } from "@/lib/catalogue/active-filters";
import { frenchTypography } from "@/lib/text/typography";

/** The active filters as chips, each a link to the view without it, and "Tout effacer". */
export function ActiveChips({ chips, clearHref }: { chips: ActiveFilter[]; clearHref: string }) {
  if (chips.length === 0) return null;
  return (
    <div className="no-print mt-3 flex flex-wrap items-center gap-2">
      <ul aria-label="Filtres actifs" className="flex flex-wrap gap-2">
        {chips.map((chip) => (
          <li key={chip.href}>
            <Link
              href={chip.href}
              className="inline-flex min-h-11 items-center gap-2 rounded-full border border-muted bg-white px-3 text-sm text-ink no-underline hover:border-ink"
            >
              <span>
                <span className="sr-only">Retirer le filtre </span>
                <span className="text-muted">{chip.name}&nbsp;:</span> {frenchTypography(chip.value)}
              </span>
              <span aria-hidden="true" className="text-base leading-none">
                ×
              </span>
            </Link>
          </li>
        ))}
      </ul>
      <Link href={clearHref} className="inline-flex min-h-11 items-center px-2 text-sm font-semibold">
        Tout effacer
      </Link>
    </div>
  );
}
