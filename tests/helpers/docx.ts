import JSZip from "jszip";

/**
 * A Word document made from Markdown the way Word stores one: `#` lines as "Heading n"
 * paragraphs, `- ` lines as bulleted list paragraphs (numbering.xml), `**bold**` and
 * `*italic*` as formatted runs, hard breaks as line breaks. Enough to test the .docx path of the import end to end.
 */
export async function markdownToDocx(markdown: string): Promise<Buffer> {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const runs = (text: string) =>
    text
      .split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)
      .filter(Boolean)
      .map((part) => {
        const bold = part.startsWith("**") && part.endsWith("**") && part.length > 4;
        const italic = !bold && part.startsWith("*") && part.endsWith("*") && part.length > 2;
        const body = bold ? part.slice(2, -2) : italic ? part.slice(1, -1) : part;
        const props = bold ? "<w:rPr><w:b/></w:rPr>" : italic ? "<w:rPr><w:i/></w:rPr>" : "";
        const text = body
          .split("\u2028")
          .map((t) => `<w:t xml:space="preserve">${escape(t)}</w:t>`)
          .join("<w:br/>");
        return `<w:r>${props}${text}</w:r>`;
      })
      .join("");
  // A Markdown hard break (two spaces at the end of a line) is a line break inside a Word paragraph.
  const paragraphs = markdown
    .replace(/ {2,}\n(?=\S)/g, "\u2028")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const heading = line.match(/^(#{1,6})\s+(.*)$/);
      if (heading) return `<w:p><w:pPr><w:pStyle w:val="Heading${heading[1]!.length}"/></w:pPr>${runs(heading[2]!)}</w:p>`;
      const item = line.match(/^\s*-\s+(.*)$/);
      if (item)
        return `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${runs(item[1]!)}</w:p>`;
      return `<w:p>${runs(line.trim())}</w:p>`;
    })
    .join("");
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const styles = [1, 2, 3, 4, 5, 6]
    .map((n) => `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/></w:style>`)
    .concat('<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>')
    .join("");
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/_rels/document.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file("word/styles.xml", `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>${styles}</w:styles>`);
  zip.file(
    "word/numbering.xml",
    `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  );
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer" });
}
