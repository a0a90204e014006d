/** Selects line `line` of the compte rendu's text area and scrolls it into view (the link's fallback is #champ-source). */
export function jumpToLine(event: { preventDefault(): void }, line: number, textareaId = "champ-source") {
  const area = document.getElementById(textareaId);
  if (!(area instanceof HTMLTextAreaElement)) return;
  event.preventDefault();
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  const end = start + (lines[line - 1]?.length ?? 0);
  area.focus();
  area.setSelectionRange(start, end);
  // Put the selected line near the top of the text area.
  const lineHeight = area.scrollHeight / Math.max(1, lines.length);
  area.scrollTop = Math.max(0, (line - 3) * lineHeight);
  area.scrollIntoView({ block: "center" });
}

export function LineLink({ line }: { line: number }) {
  return (
    <a href="#champ-source" className="whitespace-nowrap underline" onClick={(event) => jumpToLine(event, line)}>
      ligne&nbsp;{line}
    </a>
  );
}
