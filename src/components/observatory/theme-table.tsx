import { NO_THEME } from "@/lib/schemas/catalogue";
import { formatNumber } from "@/lib/text/format";
import type { ObservatoryThemeRow } from "@/server/data/observatory/get-observatory";
import { tableClass } from "./chart-figure";
import { frenchTypography } from "@/lib/text/typography";

export type ThemeColumn = { key: string; label: string; href: (theme: string) => string | null };

/** A row's value of the catalogue's theme filter: its slug, or the reserved value of the ideas without a theme. */
export const themeFilterOf = (row: ObservatoryThemeRow) => row.slug ?? NO_THEME;

type Props = {
  caption: string;
  rows: ObservatoryThemeRow[];
  columns: ThemeColumn[];
  values: (row: ObservatoryThemeRow) => number[];
  /** A row's total (by default every idea of the theme). */
  totals?: (row: ObservatoryThemeRow) => number;
  /** The ideas of each column, as a last row; none when the columns split the ideas without adding up. */
  footer?: number[];
};

/**
 * The figures of a theme chart as an HTML table, for screen readers and print: one row per
 * theme and one for the ideas without a theme, one column per city, year or status, each
 * number a link to the catalogue filtered the same way.
 */
export function ThemeTable({ caption, rows, columns, values, totals = (row) => row.total, footer }: Props) {
  return (
    <table className={tableClass}>
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Thème</th>
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.label}
            </th>
          ))}
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={themeFilterOf(row)}>
            <th scope="row">{frenchTypography(row.name)}</th>
            {values(row).map((n, i) => {
              const href = columns[i]!.href(themeFilterOf(row));
              return <td key={columns[i]!.key}>{href && n > 0 ? <a href={href}>{formatNumber(n)}</a> : formatNumber(n)}</td>;
            })}
            <td>{formatNumber(totals(row))}</td>
          </tr>
        ))}
      </tbody>
      {footer ? (
        <tfoot>
          <tr>
            <th scope="row">Pistes</th>
            {footer.map((n, i) => (
              <td key={columns[i]!.key}>{formatNumber(n)}</td>
            ))}
            <td>{formatNumber(footer.reduce((sum, n) => sum + n, 0))}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
