import type { ReactNode } from "react";

type Props = {
  id: string;
  /** What the chart shows, read first by screen readers. */
  title: string;
  /** Its figures in one or two sentences. */
  description: string;
  width: number;
  height: number;
  children: ReactNode;
  /** The same figures as an HTML table. */
  table: ReactNode;
};

/**
 * A chart drawn on the server as an SVG image (role="img", named by its <title> and <desc>),
 * followed by the same figures as a table, folded under a summary. Links drawn in the SVG are
 * for the mouse only (tabIndex -1, hidden from assistive technology with the image); the
 * table carries the same links for the keyboard and screen readers.
 */
export function ChartFigure({ id, title, description, width, height, children, table }: Props) {
  return (
    <figure className="observatory-chart mt-4">
      <div className="observatory-scroll overflow-x-auto">
        <svg
          role="img"
          aria-labelledby={`${id}-titre ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          className="max-w-none font-sans"
          fontSize={13}
        >
          <title id={`${id}-titre`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          {children}
        </svg>
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
