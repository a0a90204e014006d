import { Fragment, type ReactNode } from "react";
import { highlightSegments } from "@/lib/search/highlight";
import { parseInline, parseMarkdownLite, type Inline, type RichBlock } from "@/lib/text/markdown-lite";
import { frenchTypography } from "@/lib/text/typography";

/**
 * Inline text with **bold** as highlighted keywords (or strong text) and *italics*. Always inert
 * text, set in French typography (the stored source is left as typed). `terms` (from
 * highlightTerms): the searched words, marked where they appear.
 */
export function InlineText({ source, keywords = false, terms = [] }: { source: string; keywords?: boolean; terms?: readonly string[] }) {
  return <>{renderInlines(parseInline(frenchTypography(source)), keywords, terms)}</>;
}

function marked(text: string, terms: readonly string[]): ReactNode {
  if (terms.length === 0) return text;
  return highlightSegments(text, terms).map((segment, index) =>
    segment.isMatch ? (
      <mark key={index} className="search-hit">
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

function renderInlines(inlines: Inline[], keywords: boolean, terms: readonly string[] = []): ReactNode[] {
  return inlines.map((inline, index) => {
    if (inline.type === "strong") {
      return keywords ? (
        <mark key={index} className="keyword">
          {marked(inline.text, terms)}
        </mark>
      ) : (
        <strong key={index}>{marked(inline.text, terms)}</strong>
      );
    }
    if (inline.type === "em") return <em key={index}>{marked(inline.text, terms)}</em>;
    return terms.length === 0 ? inline.text : <Fragment key={index}>{marked(inline.text, terms)}</Fragment>;
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
