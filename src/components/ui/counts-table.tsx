import type { ReactNode } from "react";

export type TableCounts = { number: number; label: ReactNode; participants: number; objectives: number; examples: number; ideas: number };

const COLUMNS = ["Participant·es", "Objectifs", "Exemples", "Pistes"] as const;

/**
 * What each table of a rencontre produced, in a region that scrolls sideways on narrow
 * screens. The region stays `relative`: without it the sr-only caption, absolutely placed,
 * escaped the scroll box and widened the page on phones.
 */
export function CountsTable({
  rows,
  label,
  caption,
  isCompact,
  className = "mt-4",
}: {
  rows: TableCounts[];
  label: string;
  caption?: string;
  isCompact?: boolean;
  className?: string;
}) {
  const cell = isCompact ? "py-1" : "py-2 text-right";
  // Below sm the headers are smaller and the gaps narrower, so that the five columns fit a
  // 390 px phone without scrolling (the home page cut off its last two).
  const gap = "pr-1 sm:pr-3";
  const head = "font-semibold sm:font-bold";
  return (
    // Focusable so that keyboard users can scroll the table on narrow screens.
    <div className={`${className} relative overflow-x-auto`} tabIndex={0} role="region" aria-label={label}>
      <table className="w-full text-left text-sm sm:min-w-[28rem]">
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead>
          <tr className="border-b border-line text-xs tracking-tighter sm:text-sm sm:tracking-normal">
            <th scope="col" className={isCompact ? `py-1 ${gap} ${head}` : `py-2 ${gap} ${head}`}>
              Table
            </th>
            {COLUMNS.map((column, index) => (
              <th key={column} scope="col" className={index < COLUMNS.length - 1 ? `${cell} ${gap} ${head}` : `${cell} ${head}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.number} className={isCompact ? "border-b border-line" : "border-b border-line last:border-0"}>
              <th scope="row" className={isCompact ? `py-1 ${gap}` : `py-2 ${gap} font-semibold whitespace-nowrap`}>
                {row.label}
              </th>
              <td className={`${cell} ${gap}`}>{row.participants}</td>
              <td className={`${cell} ${gap}`}>{row.objectives}</td>
              <td className={`${cell} ${gap}`}>{row.examples}</td>
              <td className={cell}>{row.ideas}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
