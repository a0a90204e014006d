import { heatFill, heatText, INK, MUTED, wrapLabel } from "@/lib/observatory/charts";
import { el, fragment, shape } from "@/lib/observatory/markup";
import { catalogueQueryString } from "@/lib/schemas/catalogue";
import { formatNumber, plural } from "@/lib/text/format";
import { projectRencontres, type ObservatoryCity } from "@/lib/observatory/projections";
import type { Observatory, ObservatoryRencontre, ObservatoryThemeRow } from "@/server/data/observatory/get-observatory";
import { ChartFigure } from "./chart-figure";
import { ThemeTable, themeFilterOf, type ThemeColumn } from "./theme-table";
import { frenchTypography } from "@/lib/text/typography";

const LABEL_WIDTH = 230;
const CELL_WIDTH = 46;
const ROW_HEIGHT = 40;

export const rencontreLabel = (r: ObservatoryRencontre) => `${r.city} ${r.year ?? "(date à préciser)"}`;

type Column = ThemeColumn & { ideas: number };
type Props = {
  id: string;
  title: string;
  dimension: string;
  rows: ObservatoryThemeRow[];
  columns: Column[];
  values: (row: ObservatoryThemeRow) => number[];
  /** A row's total (its ideas at every rencontre, unless the columns are those of one year). */
  totals?: (row: ObservatoryThemeRow) => number;
};

/** Rows of themes (and the ideas without a theme), columns of cities or years: the number of ideas, each cell a link to the catalogue. */
function HeatMatrix({ id, title, dimension, rows, columns, values, totals = (row) => row.total }: Props) {
  const max = Math.max(0, ...rows.flatMap(values));
  // Room for the longest column label, written at 55° (about 6.5 px a character at 13 px).
  const headerHeight = Math.round(Math.max(0, ...columns.map((c) => c.label.length)) * 6.5 * Math.sin((55 * Math.PI) / 180)) + 24;
  const width = LABEL_WIDTH + columns.length * CELL_WIDTH + 70;
  const height = headerHeight + rows.length * ROW_HEIGHT + 8;
  const description = `${plural(rows.length - 1, "thème")} et les pistes sans thème en lignes, ${plural(columns.length, dimension)} en colonnes. ${rows
    .map((row) => `${row.name} : ${formatNumber(totals(row))}`)
    .join(" ; ")}.`;
  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      width={width}
      height={height}
      links={rows.flatMap((row, y) =>
        values(row).flatMap((n, x) => {
          const href = columns[x]!.href(themeFilterOf(row));
          return href && n > 0
            ? [{ href, x: LABEL_WIDTH + x * CELL_WIDTH, y: headerHeight + y * ROW_HEIGHT + 2, width: CELL_WIDTH - 3, height: ROW_HEIGHT - 4 }]
            : [];
        }),
      )}
      table={<ThemeTable caption={title} rows={rows} columns={columns} values={values} totals={totals} footer={columns.map((c) => c.ideas)} />}
    >
      {fragment(
        columns.map((c, i) =>
          el("text", { transform: `translate(${LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2 + 4} ${headerHeight - 8}) rotate(-55)` }, c.label),
        ),
        el("text", { x: LABEL_WIDTH + columns.length * CELL_WIDTH + 10, y: headerHeight - 8, fill: MUTED }, "total"),
        rows.map((row, y) => {
          const lines = wrapLabel(frenchTypography(row.name), 32, 2);
          const cells = values(row);
          // One group per row (its cells' y are the same), the cells' text styled once.
          return el(
            "g",
            { transform: `translate(0 ${headerHeight + y * ROW_HEIGHT})` },
            el(
              "text",
              { y: lines.length === 1 ? 25 : 17, "font-style": row.slug ? undefined : "italic" },
              ...lines.map((line, l) => el("tspan", { x: 0, dy: l === 0 ? 0 : 16 }, line)),
            ),
            cells.map((n, x) =>
              shape("rect", { x: LABEL_WIDTH + x * CELL_WIDTH, y: 2, width: CELL_WIDTH - 3, height: ROW_HEIGHT - 4, rx: 3, fill: heatFill(n, max) }),
            ),
            el(
              "g",
              { "text-anchor": "middle", "font-weight": 600 },
              cells.map((n, x) => {
                const fill = heatText(n, max);
                return el(
                  "text",
                  { x: LABEL_WIDTH + x * CELL_WIDTH + (CELL_WIDTH - 3) / 2, y: 25, fill: fill === INK ? undefined : fill },
                  n > 0 ? formatNumber(n) : "·",
                );
              }),
            ),
            el("text", { x: LABEL_WIDTH + cells.length * CELL_WIDTH + 10, y: 25, "font-weight": 600 }, formatNumber(totals(row))),
          );
        }),
      )}
    </ChartFigure>
  );
}

/** The address of the observatory's grid for one year (null: every year). */
export const observatoryYearHref = (year: number | null) => (year === null ? "/observatoire" : `/observatoire?annee=${year}`);

/**
 * Theme × year and theme × city; with `year`, the theme × city grid of that year instead (the
 * years side by side are one click away, on /observatoire: a year's page stays light).
 * Each cell links to the catalogue filtered by theme (or "sans thème") and by the cell's
 * year, city, or both; a rencontre without a date links by its rencontre, when its "year" has
 * only that one.
 */
export function ThemeMatrix({ data, year }: { data: Observatory; year?: number }) {
  const rows = [...data.themes, data.unthemed];
  const years: Column[] = data.years.map((y) => ({
    key: String(y.year),
    label: y.year === null ? "date à préciser" : String(y.year),
    ideas: y.ideas,
    href: (theme) =>
      y.year !== null
        ? `/pistes${catalogueQueryString({ themes: [theme], year: y.year })}`
        : y.rencontre
          ? `/pistes${catalogueQueryString({ themes: [theme], rencontre: y.rencontre })}`
          : null,
  }));
  const cityColumns = (cities: ObservatoryCity[], of?: number): Column[] =>
    cities.map((c) => ({
      key: c.key,
      label: c.name,
      ideas: c.ideas,
      href: (theme) => `/pistes${catalogueQueryString({ themes: [theme], ville: c.key, year: of })}`,
    }));
  const ofYear = year === undefined ? null : projectRencontres(data.rencontres, rows, year);
  return (
    <>
      <YearChoice years={data.years} current={year} />
      {ofYear ? (
        <>
          <h3 className="mt-6 text-xl font-bold">Par ville en {year}</h3>
          <HeatMatrix
            id="matrice-villes-annee"
            title={`Nombre de pistes par thème et par ville en ${year}`}
            dimension="ville"
            rows={rows}
            columns={cityColumns(ofYear.cities, year)}
            values={(row) => ofYear.byCity[rows.indexOf(row)]!}
            totals={(row) => ofYear.byYear[rows.indexOf(row)]![0] ?? 0}
          />
        </>
      ) : (
        <>
          <h3 className="mt-6 text-xl font-bold">Par année</h3>
          <HeatMatrix
            id="matrice-annees"
            title="Nombre de pistes par thème et par année"
            dimension="année"
            rows={rows}
            columns={years}
            values={(row) => row.byYear}
          />
          <h3 className="mt-6 text-xl font-bold">Par ville</h3>
          <HeatMatrix
            id="matrice-villes"
            title="Nombre de pistes par thème et par ville"
            dimension="ville"
            rows={rows}
            columns={cityColumns(data.cities)}
            values={(row) => row.byCity}
          />
        </>
      )}
    </>
  );
}

/** Links to the theme × city grid of each year, the current one marked. */
function YearChoice({ years, current }: { years: Observatory["years"]; current?: number }) {
  const dated = years.flatMap((y) => (y.year === null ? [] : [y.year]));
  if (dated.length === 0) return null;
  const choices: (number | null)[] = [null, ...dated];
  return (
    <nav aria-label="Villes d’une année" className="mt-4">
      <p className="font-semibold">Thèmes et villes d’une seule année&nbsp;:</p>
      <ul className="mt-2 flex flex-wrap gap-2">
        {choices.map((y) => {
          const selected = (y ?? undefined) === current;
          return (
            <li key={y ?? "toutes"}>
              <a
                href={observatoryYearHref(y)}
                aria-current={selected ? "page" : undefined}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3 ${
                  selected ? "border-ink bg-ink text-white" : "border-line bg-white"
                }`}
              >
                {y === null ? "Toutes les années" : y}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
