import type { ReactNode } from "react";
import { parseInline, parseMarkdownLite, type Inline, type RichBlock } from "@/lib/text/markdown-lite";
import { frenchTypography } from "@/lib/text/typography";

/**
 * Inline text with **bold** as highlighted keywords (or strong text) and *italics*. Always inert text,
 * set in French typography (the stored source is left as typed).
 */
export function InlineText({ source, keywords = false }: { source: string; keywords?: boolean }) {
  return <>{renderInlines(parseInline(frenchTypography(source)), keywords)}</>;
}

function renderInlines(inlines: Inline[], keywords: boolean): ReactNode[] {
  return inlines.map((inline, index) => {
    if (inline.type === "strong") {
      return keywords ? (
        <mark key={index} className="keyword">
          {inline.text}
        </mark>
      ) : (
        <strong key={index}>{inline.text}</strong>
      );
    }
    if (inline.type === "em") return <em key={index}>{inline.text}</em>;
    return inline.text;
  });
}

function renderBlock(block: RichBlock, key: number, headingLevel: 3 | 4): ReactNode {
  if (block.type === "heading") {
    const Heading = `h${headingLevel}` as const;
    return (
      <Heading key={key} className="mt-6 font-serif text-lg font-bold">
        {renderInlines(block.inlines, false)}
      </Heading>
    );
  }
  if (block.type === "paragraph") return <p key={key}>{renderInlines(block.inlines, false)}</p>;
  return (
    <ul key={key} className="list-disc space-y-1 pl-6">
      {block.items.map((item, index) => (
        <li key={index}>
          {renderInlines(item.inlines, false)}
          {item.children.map((child, i) => renderBlock(child, i, headingLevel))}
        </li>
      ))}
    </ul>
  );
}

/** A long text of a rencontre (introduction, study, closing…), rendered from its Markdown-lite source. */
export function RichText({ source, headingLevel = 3, className = "" }: { source: string; headingLevel?: 3 | 4; className?: string }) {
  const blocks = parseMarkdownLite(frenchTypography(source));
  if (blocks.length === 0) return null;
  return <div className={`space-y-3 ${className}`}>{blocks.map((b, i) => renderBlock(b, i, headingLevel))}</div>;
}
