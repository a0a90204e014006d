import { heatFill, heatText, wrapLabel } from "@/lib/observatory/charts";
import { catalogueQueryString } from "@/lib/schemas/catalogue";
import { formatNumber, plural } from "@/lib/text/format";
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
};

/** Rows of themes (and the ideas without a theme), columns of cities or years: the number of ideas, each cell a link to the catalogue. */
function HeatMatrix({ id, title, dimension, rows, columns, values }: Props) {
  const max = Math.max(0, ...rows.flatMap(values));
  // Room for the longest column label, written at 55° (about 6.5 px a character at 13 px).
  const headerHeight = Math.round(Math.max(0, ...columns.map((c) => c.label.length)) * 6.5 * Math.sin((55 * Math.PI) / 180)) + 24;
  const width = LABEL_WIDTH + columns.length * CELL_WIDTH + 70;
  const height = headerHeight + rows.length * ROW_HEIGHT + 8;
  const description = `${plural(rows.length - 1, "thème")} et les pistes sans thème en lignes, ${plural(columns.length, dimension)} en colonnes. ${rows
    .map((row) => `${row.name} : ${formatNumber(row.total)}`)
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
      table={<ThemeTable caption={title} rows={rows} columns={columns} values={values} footer={columns.map((c) => c.ideas)} />}
    >
      {columns.map((c, i) => (
        <text
          key={c.key}
          transform={`translate(${LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2 + 4} ${headerHeight - 8}) rotate(-55)`}
          fill="#1c1b22"
        >
          {c.label}
        </text>
      ))}
      <text x={LABEL_WIDTH + columns.length * CELL_WIDTH + 10} y={headerHeight - 8} fill="#55535f">
        total
      </text>
      {rows.map((row, y) => {
        const top = headerHeight + y * ROW_HEIGHT;
        const lines = wrapLabel(frenchTypography(row.name), 32, 2);
        return (
          <g key={themeFilterOf(row)}>
            <text x={0} y={top + (lines.length === 1 ? 25 : 17)} fill="#1c1b22" fontStyle={row.slug ? undefined : "italic"}>
              {lines.map((line, l) => (
                <tspan key={l} x={0} dy={l === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            {values(row).map((n, x) => (
              <g key={x}>
                <rect x={LABEL_WIDTH + x * CELL_WIDTH} y={top + 2} width={CELL_WIDTH - 3} height={ROW_HEIGHT - 4} rx={3} fill={heatFill(n, max)} />
                <text
                  x={LABEL_WIDTH + x * CELL_WIDTH + (CELL_WIDTH - 3) / 2}
                  y={top + 25}
                  textAnchor="middle"
                  fill={heatText(n, max)}
                  fontWeight={600}
                >
                  {n > 0 ? formatNumber(n) : "·"}
                </text>
              </g>
            ))}
            <text x={LABEL_WIDTH + columns.length * CELL_WIDTH + 10} y={top + 25} fill="#1c1b22" fontWeight={600}>
              {formatNumber(row.total)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

/**
 * Theme × year and theme × city. Each cell links to the catalogue filtered by theme (or "sans
 * thème") and city; a year's cell, by theme and that year's rencontre when the year has only one
 * (the catalogue's year filter is not in its data layer yet).
 */
export function ThemeMatrix({ data }: { data: Observatory }) {
  const rows = [...data.themes, data.unthemed];
  const years: Column[] = data.years.map((y) => ({
    key: String(y.year),
    label: y.year === null ? "date à préciser" : String(y.year),
    ideas: y.ideas,
    href: (theme) => (y.rencontre ? `/pistes${catalogueQueryString({ themes: [theme], rencontre: y.rencontre })}` : null),
  }));
  const cities: Column[] = data.cities.map((c) => ({
    key: c.key,
    label: c.name,
    ideas: c.ideas,
    href: (theme) => `/pistes${catalogueQueryString({ themes: [theme], ville: c.key })}`,
  }));
  return (
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
        columns={cities}
        values={(row) => row.byCity}
      />
    </>
  );
}
