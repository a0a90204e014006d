import type { ReactNode } from "react";
import { el, fragment, shape, type Markup } from "@/lib/observatory/markup";
import { INK } from "@/lib/observatory/charts";
import { frenchTypography } from "@/lib/text/typography";

type Props = {
  id: string;
  /** What the chart shows, read first by screen readers. */
  title: string;
  /** Its figures in one or two sentences. */
  description: string;
  width: number;
  height: number;
  /** The drawing, as markup (src/lib/observatory/markup.ts): sent once as text, not as hundreds of React elements. */
  children: Markup;
  /** The same figures as an HTML table. */
  table: ReactNode;
  /** Areas of the chart that lead somewhere (a cell to the filtered catalogue…). */
  links?: ChartLink[];
};

export type ChartLink = { href: string; x: number; y: number; width: number; height: number };

/**
 * A chart drawn on the server as an SVG image (role="img", named by its <title> and <desc>),
 * followed by the same figures as a table, folded under a summary. An image holds no link, so
 * the chart's clickable areas are a second, transparent SVG laid over it, for the mouse only
 * (aria-hidden, out of the tab order); the table carries the same links for the keyboard and
 * screen readers.
 */
export function ChartFigure({ id, title, description, width, height, children, table, links = [] }: Props) {
  return (
    <figure className="observatory-chart mt-4">
      {/* Focusable, so that a keyboard can scroll a chart wider than a phone's screen. */}
      <div className="observatory-scroll overflow-x-auto" tabIndex={0} role="group" aria-labelledby={`${id}-titre`}>
        <div className="relative w-max">
          <svg
            role="img"
            aria-labelledby={`${id}-titre ${id}-desc`}
            viewBox={`0 0 ${width} ${height}`}
            width={width}
            height={height}
            className="max-w-none font-sans"
            fontSize={13}
            fill={INK}
            dangerouslySetInnerHTML={{
              __html: fragment(
                el("title", { id: `${id}-titre` }, frenchTypography(title)),
                el("desc", { id: `${id}-desc` }, frenchTypography(description)),
                children,
              ).markup,
            }}
          />
          {links.length > 0 ? (
            <svg
              aria-hidden="true"
              focusable="false"
              viewBox={`0 0 ${width} ${height}`}
              width={width}
              height={height}
              className="observatory-links absolute top-0 left-0"
              dangerouslySetInnerHTML={{
                __html: fragment(
                  links.map((link) =>
                    el("a", { href: link.href, tabindex: -1 }, shape("rect", { x: link.x, y: link.y, width: link.width, height: link.height })),
                  ),
                ).markup,
              }}
            />
          ) : null}
        </div>
      </div>
      <details className="observatory-table mt-3">
        <summary className="cursor-pointer font-semibold">Les chiffres en tableau</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

export const tableClass =
  "min-w-full border-collapse text-sm [&_td]:border [&_td]:border-line [&_td]:px-2 [&_td]:py-1 [&_th]:border [&_th]:border-line [&_th]:px-2 [&_th]:py-1 [&_th]:text-left";
