import { INK, ORGANISATION_FAMILIES } from "@/lib/observatory/charts";
import { el, fragment, shape } from "@/lib/observatory/markup";
import { ORGANISATION_KIND_LABELS, ORGANISATION_KINDS } from "@/lib/schemas/organisation";
import { formatNumber } from "@/lib/text/format";
import type { OrganisationBalance as Balance } from "@/server/data/observatory/get-observatory";
import { ChartFigure, tableClass } from "./chart-figure";
import { rencontreLabel } from "./theme-matrix";

const LABEL_WIDTH = 170;
const BAR_WIDTH = 440;
const ROW_HEIGHT = 32;
const LEGEND_ROW = 22;

const familyCount = (balance: Balance, kinds: readonly string[]) =>
  kinds.reduce((sum, kind) => sum + balance.byKind[kind as keyof Balance["byKind"]], 0);

/** How many rencontres the chart shows, the most recent (the page must stay light whatever the corpus). */
export const BALANCE_RENCONTRES = 24;

/** Organisations at each rencontre's tables by kind, grouped into the balance the rencontres look for. */
export function OrganisationBalance({ balances }: { balances: Balance[] }) {
  const shown = balances.filter((b) => b.total > 0).slice(-BALANCE_RENCONTRES);
  if (shown.length === 0) return <p className="mt-4">Aucune organisation n’est encore rattachée aux participant·es des tables.</p>;
  const kinds = ORGANISATION_KINDS.filter((kind) => shown.some((b) => b.byKind[kind] > 0));
  const legendHeight = Math.ceil(ORGANISATION_FAMILIES.length / 2) * LEGEND_ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 10;
  const height = legendHeight + shown.length * ROW_HEIGHT + 4;
  const description = shown
    .map(
      (b) =>
        `${rencontreLabel(b.rencontre)} : ${ORGANISATION_FAMILIES.map((f) => `${formatNumber(familyCount(b, f.kinds))} ${f.label.toLowerCase()}`).join(", ")}`,
    )
    .join(" ; ");
  return (
    <ChartFigure
      id="organisations"
      title="Les organisations autour des tables, par genre, à chaque rencontre"
      description={`${description}.`}
      width={width}
      height={height}
      table={
        <table className={tableClass}>
          <caption className="sr-only">Organisations des participant·es des tables, par rencontre et par genre</caption>
          <thead>
            <tr>
              <th scope="col">Rencontre</th>
              {kinds.map((kind) => (
                <th key={kind} scope="col">
                  {ORGANISATION_KIND_LABELS[kind]}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((b) => (
              <tr key={b.rencontre.slug}>
                <th scope="row">
                  <a href={`/rencontres/${b.rencontre.slug}`}>{rencontreLabel(b.rencontre)}</a>
                </th>
                {kinds.map((kind) => (
                  <td key={kind}>{formatNumber(b.byKind[kind])}</td>
                ))}
                <td>{formatNumber(b.total)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {fragment(
        ORGANISATION_FAMILIES.map((family, i) =>
          el(
            "g",
            { transform: `translate(${(i % 2) * 300} ${Math.floor(i / 2) * LEGEND_ROW + 4})` },
            shape("rect", { width: 14, height: 14, rx: 2, fill: family.fill }),
            el("text", { x: 20, y: 12 }, family.label),
          ),
        ),
        shown.map((b, y) => {
          const top = legendHeight + y * ROW_HEIGHT;
          let x = LABEL_WIDTH;
          return fragment(
            el("text", { x: 0, y: top + 20 }, rencontreLabel(b.rencontre)),
            ORGANISATION_FAMILIES.map((family) => {
              const n = familyCount(b, family.kinds);
              const w = (n / b.total) * BAR_WIDTH;
              const part = fragment(
                shape("rect", { x, y: top + 6, width: w, height: ROW_HEIGHT - 10, fill: family.fill }),
                w >= 22 &&
                  el(
                    "text",
                    {
                      x: x + w / 2,
                      y: top + 21,
                      "text-anchor": "middle",
                      fill: family.key === "nr" || family.key === "autres" ? INK : "#ffffff",
                      "font-size": 12,
                      "font-weight": 600,
                    },
                    formatNumber(n),
                  ),
              );
              x += w;
              return part;
            }),
          );
        }),
      )}
    </ChartFigure>
  );
}
