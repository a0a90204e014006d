import "server-only";
import { DOMParser } from "@xmldom/xmldom";

const TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

type XmlNode = {
  nodeType: number;
  nodeValue: string | null;
  localName?: string | null;
  namespaceURI?: string | null;
  childNodes: ArrayLike<XmlNode>;
};
type XmlElement = XmlNode & {
  getAttributeNS(ns: string, name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlElement>;
};

function parseXml(xml: string): XmlElement {
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => void (level !== "warning" && errors.push(String(message))),
  }).parseFromString(xml, "application/xml");
  if (errors.length > 0 || !doc.documentElement) throw new Error("XML illisible");
  return doc.documentElement as unknown as XmlElement;
}

/** Names of the styles (automatic ones in content.xml, named ones in styles.xml) that set bold. */
function boldStyles(roots: XmlElement[]): Set<string> {
  const bold = new Set<string>();
  const parents = new Map<string, string>();
  for (const root of roots) {
    for (const style of Array.from(root.getElementsByTagNameNS(STYLE_NS, "style"))) {
      const name = style.getAttributeNS(STYLE_NS, "name");
      if (!name) continue;
      const parent = style.getAttributeNS(STYLE_NS, "parent-style-name");
      if (parent) parents.set(name, parent);
      for (const props of Array.from(style.getElementsByTagNameNS(STYLE_NS, "text-properties"))) {
        const weight = props.getAttributeNS(FO_NS, "font-weight");
        if (weight === "bold" || (weight && Number(weight) >= 600)) bold.add(name);
      }
    }
  }
  for (const name of parents.keys()) {
    let at: string | undefined = name;
    for (let depth = 0; at && depth < 20; depth++, at = parents.get(at)) {
      if (bold.has(at)) {
        bold.add(name);
        break;
      }
    }
  }
  return bold;
}

/**
 * An OpenDocument text (content.xml and styles.xml of an .odt) as the Markdown the importer
 * reads: headings by outline level, list items as `- `, paragraphs, bold spans as `**…**`.
 */
export function odtToMarkdown(contentXml: string, stylesXml: string | null): string {
  const content = parseXml(contentXml);
  const bold = boldStyles(stylesXml ? [content, parseXml(stylesXml)] : [content]);
  const blocks: string[] = [];

  const inline = (node: XmlNode, inBold: boolean): string => {
    let out = "";
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue ?? "";
      else if (child.nodeType === 1 && child.namespaceURI === TEXT_NS) {
        const el = child as XmlElement;
        if (el.localName === "s") out += " ".repeat(Math.min(Number(el.getAttributeNS(TEXT_NS, "c") ?? 1) || 1, 100));
        else if (el.localName === "tab") out += " ";
        else if (el.localName === "line-break") out += "  \n";
        else if (el.localName === "note") continue;
        else if (el.localName === "span") {
          const isBold = !inBold && bold.has(el.getAttributeNS(TEXT_NS, "style-name") ?? "");
          const text = inline(el, inBold || isBold);
          out += isBold && text.trim() ? wrapBold(text) : text;
        } else out += inline(el, inBold);
      }
    }
    return out;
  };

  const walk = (node: XmlNode, listDepth: number) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1 || child.namespaceURI !== TEXT_NS) {
        if (child.nodeType === 1) walk(child, listDepth);
        continue;
      }
      const el = child as XmlElement;
      if (el.localName === "h") {
        const level = Math.min(Math.max(Number(el.getAttributeNS(TEXT_NS, "outline-level") ?? 1) || 1, 1), 6);
        const text = inline(el, false).replace(/\*\*/g, "").trim();
        if (text) blocks.push(`${"#".repeat(level)} ${text}`);
      } else if (el.localName === "p") {
        const isBold = bold.has(el.getAttributeNS(TEXT_NS, "style-name") ?? "");
        let text = inline(el, isBold).trim();
        if (!text) continue;
        if (isBold) text = wrapBold(text);
        blocks.push(listDepth > 0 ? `${"  ".repeat(listDepth - 1)}- ${text}` : text);
      } else if (el.localName === "list") walk(el, listDepth + 1);
      else walk(el, listDepth);
    }
  };
  const body = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text")[0];
  if (body) walk(body, 0);
  // List items stay together; other blocks are separated by a blank line.
  const isItem = (block: string | undefined) => block?.trimStart().startsWith("- ") ?? false;
  return blocks.map((block, i) => (i === 0 ? "" : isItem(block) && isItem(blocks[i - 1]) ? "\n" : "\n\n") + block).join("") + "\n";
}

function wrapBold(text: string): string {
  const lead = text.slice(0, text.length - text.trimStart().length);
  const trail = text.slice(text.trimEnd().length);
  return `${lead}**${text.trim()}**${trail}`;
}
