import { heatFill, heatText, wrapLabel } from "@/lib/observatory/charts";
import { catalogueQueryString } from "@/lib/schemas/catalogue";
import { formatNumber, plural } from "@/lib/text/format";
import type { Observatory, ObservatoryRencontre, ObservatoryThemeRow } from "@/server/data/observatory/get-observatory";
import { ChartFigure, tableClass } from "./chart-figure";

const LABEL_WIDTH = 230;
const HEADER_HEIGHT = 120;
const CELL_WIDTH = 46;
const ROW_HEIGHT = 40;

export const rencontreLabel = (r: ObservatoryRencontre) => `${r.city} ${r.year ?? "(date à préciser)"}`;

/** The ideas of one theme at one rencontre in the catalogue; the ideas without a theme have no filter yet. */
const cellHref = (row: ObservatoryThemeRow, r: ObservatoryRencontre) =>
  row.slug ? `/pistes${catalogueQueryString({ themes: [row.slug], rencontre: r.slug })}` : null;

/** Theme × rencontre (its city and year): the number of ideas, each cell a link to the filtered catalogue. */
export function ThemeMatrix({ data }: { data: Observatory }) {
  const rows = [...data.themes, data.unthemed];
  const columns = data.rencontres;
  const max = Math.max(0, ...rows.flatMap((row) => row.byRencontre));
  const width = LABEL_WIDTH + columns.length * CELL_WIDTH + 70;
  const height = HEADER_HEIGHT + rows.length * ROW_HEIGHT + 8;
  const description = `${rows.length} lignes (${plural(data.themes.length, "thème")} et les pistes sans thème), ${plural(columns.length, "rencontre")} en colonnes. ${rows
    .map((row) => `${row.name} : ${formatNumber(row.total)}`)
    .join(" ; ")}.`;
  return (
    <ChartFigure
      id="matrice"
      title="Nombre de pistes par thème, ville et année"
      description={description}
      width={width}
      height={height}
      links={rows.flatMap((row, y) =>
        row.byRencontre.flatMap((n, x) => {
          const href = cellHref(row, columns[x]!);
          return href && n > 0
            ? [{ href, x: LABEL_WIDTH + x * CELL_WIDTH, y: HEADER_HEIGHT + y * ROW_HEIGHT + 2, width: CELL_WIDTH - 3, height: ROW_HEIGHT - 4 }]
            : [];
        }),
      )}
      table={
        <table className={tableClass}>
          <caption className="sr-only">Pistes par thème (lignes) et par rencontre, ville et année (colonnes)</caption>
          <thead>
            <tr>
              <th scope="col">Thème</th>
              {columns.map((r) => (
                <th key={r.slug} scope="col">
                  {rencontreLabel(r)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug ?? "sans-theme"}>
                <th scope="row">{row.name}</th>
                {row.byRencontre.map((n, i) => {
                  const href = cellHref(row, columns[i]!);
                  return <td key={columns[i]!.slug}>{href && n > 0 ? <a href={href}>{formatNumber(n)}</a> : formatNumber(n)}</td>;
                })}
                <td>{formatNumber(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Pistes</th>
              {columns.map((r) => (
                <td key={r.slug}>{formatNumber(r.ideas)}</td>
              ))}
              <td>{formatNumber(columns.reduce((sum, r) => sum + r.ideas, 0))}</td>
            </tr>
          </tfoot>
        </table>
      }
    >
      {columns.map((r, i) => (
        <text
          key={r.slug}
          transform={`translate(${LABEL_WIDTH + i * CELL_WIDTH + CELL_WIDTH / 2 + 4} ${HEADER_HEIGHT - 8}) rotate(-55)`}
          fill="#1c1b22"
        >
          {rencontreLabel(r)}
        </text>
      ))}
      <text x={LABEL_WIDTH + columns.length * CELL_WIDTH + 10} y={HEADER_HEIGHT - 8} fill="#55535f">
        total
      </text>
      {rows.map((row, y) => {
        const top = HEADER_HEIGHT + y * ROW_HEIGHT;
        const lines = wrapLabel(row.name, 32, 2);
        return (
          <g key={row.slug ?? "sans-theme"}>
            <text x={0} y={top + (lines.length === 1 ? 25 : 17)} fill="#1c1b22" fontStyle={row.slug ? undefined : "italic"}>
              {lines.map((line, l) => (
                <tspan key={l} x={0} dy={l === 0 ? 0 : 16}>
                  {line}
                </tspan>
              ))}
            </text>
            {row.byRencontre.map((n, x) => (
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
