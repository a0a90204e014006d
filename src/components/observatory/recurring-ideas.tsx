import { MUTED, wrapLabel } from "@/lib/observatory/charts";
import { el, fragment, shape } from "@/lib/observatory/markup";
import { formatNumber, plural } from "@/lib/text/format";
import type { RecurringIdea } from "@/server/data/observatory/find-recurring-ideas";
import { ChartFigure, tableClass } from "./chart-figure";
import { frenchTypography } from "@/lib/text/typography";

const LABEL_WIDTH = 330;
const BAR_WIDTH = 260;
const ROW_HEIGHT = 44;

const origin = (idea: RecurringIdea) => `${idea.rencontre.city}, table ${idea.tableNumber}`;

/** The ideas linked to the most others as the same idea raised elsewhere. */
export function RecurringIdeas({ ideas }: { ideas: RecurringIdea[] }) {
  if (ideas.length === 0) return <p className="mt-4">Aucune piste n’est encore reliée à une autre.</p>;
  const max = Math.max(1, ...ideas.map((idea) => idea.links));
  const width = LABEL_WIDTH + BAR_WIDTH + 50;
  const height = ideas.length * ROW_HEIGHT + 4;
  return (
    <ChartFigure
      id="recurrentes"
      title="Les pistes les plus récurrentes"
      description={ideas.map((idea) => `${idea.text.slice(0, 80)} (${origin(idea)}) : ${plural(idea.links, "autre occurrence")}`).join(" ; ")}
      width={width}
      height={height}
      links={ideas.map((idea, y) => ({ href: `/pistes/${idea.slug}`, x: 0, y: y * ROW_HEIGHT, width, height: ROW_HEIGHT }))}
      table={
        <table className={tableClass}>
          <caption className="sr-only">Pistes reliées au plus grand nombre d’autres</caption>
          <thead>
            <tr>
              <th scope="col">Piste</th>
              <th scope="col">Rencontre et table</th>
              <th scope="col">Autres occurrences</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((idea) => (
              <tr key={idea.slug}>
                <th scope="row" className="font-normal">
                  <a href={`/pistes/${idea.slug}`}>{frenchTypography(idea.text)}</a>
                </th>
                <td>{origin(idea)}</td>
                <td>{formatNumber(idea.links)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {fragment(
        ideas.map((idea, y) => {
          const top = y * ROW_HEIGHT;
          const lines = wrapLabel(frenchTypography(idea.text), 46, 1);
          const w = (idea.links / max) * BAR_WIDTH;
          return fragment(
            el("text", { x: 0, y: top + 18, fill: "#7d2920" }, lines[0]),
            el("text", { x: 0, y: top + 36, fill: MUTED, "font-size": 12 }, origin(idea)),
            shape("rect", { x: LABEL_WIDTH, y: top + 10, width: w, height: ROW_HEIGHT - 20, fill: "#2b5f8a" }),
            el("text", { x: LABEL_WIDTH + w + 6, y: top + 27, "font-weight": 600 }, formatNumber(idea.links)),
          );
        }),
      )}
    </ChartFigure>
  );
}
