/**
 * Static SVG markup built as text, for the observatory's charts: hundreds of cells drawn as
 * React elements cost a render of each and a second copy in the page's React payload, as JSON
 * longer than the markup itself. Built here, a chart is one string, rendered once and sent
 * once more as that string. Every text and attribute value is escaped; tag and attribute
 * names are the code's own constants, never data.
 */
export type Markup = { readonly markup: string };
type Child = Markup | string | number | null | undefined | false;
type Attributes = Record<string, string | number | null | undefined>;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** A number as short as the drawing needs: at most one decimal. */
const shortNumber = (n: number) => String(Math.round(n * 10) / 10);

const text = (child: Child): string =>
  child === null || child === undefined || child === false ? "" : typeof child === "object" ? child.markup : escapeMarkup(String(child));

function openTag(name: string, attributes: Attributes): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined) continue;
    open += ` ${key}="${typeof value === "number" ? shortNumber(value) : escapeMarkup(value)}"`;
  }
  return open;
}

/** One element: `name` and the attributes' names are constants of the code; values and text are escaped. */
export function el(name: string, attributes: Attributes = {}, ...children: (Child | Child[])[]): Markup {
  return { markup: `${openTag(name, attributes)}>${children.flat().map(text).join("")}</${name}>` };
}

/** An SVG element without content (`<rect …/>`: SVG inside HTML closes itself). */
export const shape = (name: "rect" | "circle" | "line" | "path", attributes: Attributes): Markup => ({ markup: `${openTag(name, attributes)}/>` });

/** Several pieces of markup side by side. */
export const fragment = (...children: (Child | Child[])[]): Markup => ({ markup: children.flat().map(text).join("") });
