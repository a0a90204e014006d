/** What a table form shows and sends, reduced to what a person compares. */
export type TableSnapshot = {
  number: number;
  title: string | null;
  participants: { name: string; organisation?: string | null; status?: string | null }[];
  objectives: { text: string }[];
  examples: { text: string }[];
  ideas: { text: string }[];
};

const LISTS = [
  ["participants", "Participant·es"],
  ["objectives", "Objectifs"],
  ["examples", "Exemples"],
  ["ideas", "Pistes"],
] as const;

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text);
const lineOf = (row: { text?: string; name?: string; organisation?: string | null; status?: string | null }) =>
  row.name !== undefined ? [row.name, row.organisation || row.status].filter(Boolean).join(" — ") : (row.text ?? "");

/**
 * The differences between the saved table and the copy a person tried to save, in French,
 * one line each: what only the saved version has, and what only theirs has.
 */
export function describeTableDifferences(saved: TableSnapshot, mine: TableSnapshot): string[] {
  const lines: string[] = [];
  if (saved.number !== mine.number) lines.push(`Numéro de table : ${saved.number} enregistré, ${mine.number} dans votre version.`);
  if ((saved.title ?? "") !== (mine.title ?? ""))
    lines.push(`Titre : « ${saved.title ?? ""} » enregistré, « ${mine.title ?? ""} » dans votre version.`);
  for (const [key, label] of LISTS) lines.push(...describeLineDifferences(label, saved[key].map(lineOf), mine[key].map(lineOf), lines.length === 0));
  return lines;
}

/**
 * One list's differences, in French: the lines only the saved version has, those only the
 * person's copy has, and (when asked) a note that the same lines come in another order.
 */
export function describeLineDifferences(label: string, savedLines: string[], myLines: string[], noteOrder = true): string[] {
  const lines: string[] = [];
  for (const line of savedLines.filter((l) => !myLines.includes(l)))
    lines.push(`${label} — seulement dans la version enregistrée : « ${short(line)} »`);
  for (const line of myLines.filter((l) => !savedLines.includes(l))) lines.push(`${label} — seulement dans votre version : « ${short(line)} »`);
  if (noteOrder && lines.length === 0 && savedLines.join("\n") !== myLines.join("\n")) lines.push(`${label} : même contenu, dans un autre ordre.`);
  return lines;
}
