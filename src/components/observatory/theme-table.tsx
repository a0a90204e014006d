import { el, fragment, type Markup } from "@/lib/observatory/markup";
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
  // Hundreds of linked cells at scale: built as markup (src/lib/observatory/markup.ts), not as React elements.
  const cell = (content: string | Markup) => el("td", {}, content);
  const html = fragment(
    el("caption", { class: "sr-only" }, caption),
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        el("th", { scope: "col" }, "Thème"),
        columns.map((c) => el("th", { scope: "col" }, c.label)),
        el("th", { scope: "col" }, "Total"),
      ),
    ),
    el(
      "tbody",
      {},
      rows.map((row) =>
        el(
          "tr",
          {},
          el("th", { scope: "row" }, frenchTypography(row.name)),
          values(row).map((n, i) => {
            const href = columns[i]!.href(themeFilterOf(row));
            return cell(href && n > 0 ? el("a", { href }, formatNumber(n)) : formatNumber(n));
          }),
          cell(formatNumber(totals(row))),
        ),
      ),
    ),
    footer &&
      el(
        "tfoot",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "row" }, "Pistes"),
          footer.map((n) => cell(formatNumber(n))),
          cell(formatNumber(footer.reduce((sum, n) => sum + n, 0))),
        ),
      ),
  );
  return <table className={tableClass} dangerouslySetInnerHTML={{ __html: html.markup }} />;
}
