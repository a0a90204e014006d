import { STATUS_FILLS, wrapLabel } from "@/lib/observatory/charts";
import { el, fragment, shape } from "@/lib/observatory/markup";
import { catalogueQueryString, IDEA_STATUSES } from "@/lib/schemas/catalogue";
import { formatNumber } from "@/lib/text/format";
import type { Observatory } from "@/server/data/observatory/get-observatory";
import { ChartFigure } from "./chart-figure";
import { ThemeTable } from "./theme-table";
import { frenchTypography } from "@/lib/text/typography";

const LABEL_WIDTH = 230;
const BAR_WIDTH = 420;
const ROW_HEIGHT = 40;
const LEGEND_HEIGHT = 34;

/** What became of the ideas of each theme: one bar per theme, split by follow-up status. */
export function StatusByTheme({ data }: { data: Observatory }) {
  const rows = [...data.themes, data.unthemed];
  const max = Math.max(1, ...rows.map((row) => row.total));
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  const height = LEGEND_HEIGHT + rows.length * ROW_HEIGHT + 4;
  const description = rows
    .map((row) => `${row.name} : ${IDEA_STATUSES.map((s) => `${formatNumber(row.byStatus[s.value])} ${s.label.toLowerCase()}`).join(", ")}`)
    .join(" ; ");
  return (
    <ChartFigure
      id="suivi"
      title="Ce que sont devenues les pistes, thème par thème"
      description={`${description}.`}
      width={width}
      height={height}
      table={
        <ThemeTable
          caption="Pistes par thème et par statut de suivi"
          rows={rows}
          columns={IDEA_STATUSES.map((s) => ({
            key: s.value,
            label: s.label,
            href: (theme) => `/pistes${catalogueQueryString({ themes: [theme], statuses: [s.value] })}`,
          }))}
          values={(row) => IDEA_STATUSES.map((s) => row.byStatus[s.value])}
        />
      }
    >
      {fragment(
        IDEA_STATUSES.map((s, i) =>
          el(
            "g",
            { transform: `translate(${LABEL_WIDTH + i * 105} 8)` },
            shape("rect", { width: 14, height: 14, rx: 2, fill: STATUS_FILLS[s.value] }),
            el("text", { x: 20, y: 12 }, s.label),
          ),
        ),
        rows.map((row, y) => {
          const top = LEGEND_HEIGHT + y * ROW_HEIGHT;
          const lines = wrapLabel(frenchTypography(row.name), 32, 2);
          let x = LABEL_WIDTH;
          return fragment(
            el(
              "text",
              { x: 0, y: top + (lines.length === 1 ? 24 : 16), "font-style": row.slug ? undefined : "italic" },
              ...lines.map((line, l) => el("tspan", { x: 0, dy: l === 0 ? 0 : 16 }, line)),
            ),
            IDEA_STATUSES.map((s) => {
              const w = (row.byStatus[s.value] / max) * BAR_WIDTH;
              const rect = shape("rect", { x, y: top + 8, width: w, height: ROW_HEIGHT - 16, fill: STATUS_FILLS[s.value] });
              x += w;
              return rect;
            }),
            el("text", { x: x + 6, y: top + 25, "font-weight": 600 }, formatNumber(row.total)),
          );
        }),
      )}
    </ChartFigure>
  );
}
