import type { IdeaStatusValue } from "@/lib/schemas/catalogue";
import type { OrganisationKindValue } from "@/lib/schemas/organisation";

/** Pure helpers of the observatory's server-drawn SVG charts (no chart JavaScript in the browser). */

/** The page's ink and muted text colours (src/app/globals.css), for text drawn in the charts. */
export const INK = "#1c1b22";
export const MUTED = "#55535f";

/** Fill of a heat cell: from the page's paper (0) to the accent colour (the largest count). */
export function heatFill(value: number, max: number): string {
  if (value <= 0 || max <= 0) return "#f4f1ea";
  const t = Math.min(1, value / max);
  const mix = (from: number, to: number) => Math.round(from + (to - from) * (0.15 + 0.85 * t));
  const hex = (n: number) => n.toString(16).padStart(2, "0");
  return `#${hex(mix(0xfb, 0x7d))}${hex(mix(0xe7, 0x29))}${hex(mix(0xd9, 0x20))}`;
}

/** Dark text on light cells, white on dark ones (contrast above 4.5:1 either way). */
export const heatText = (value: number, max: number) => (max > 0 && value / max > 0.45 ? "#ffffff" : INK);

/** A label cut into lines of at most `width` characters, on word boundaries; the last line ends with "…" when cut. */
export function wrapLabel(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

export const STATUS_FILLS: Record<IdeaStatusValue, string> = {
  PROPOSEE: "#b9b4a8",
  EN_COURS: "#d08a1e",
  REALISEE: "#2e7d4f",
  ABANDONNEE: "#55535f",
};

/** The balance the rencontres look for: social entrepreneurs, social work, public authorities. */
export const ORGANISATION_FAMILIES: { key: string; label: string; kinds: OrganisationKindValue[]; fill: string }[] = [
  { key: "es", label: "Entreprises sociales et entreprises", kinds: ["ENTREPRISE_SOCIALE", "ENTREPRISE"], fill: "#a4372b" },
  { key: "asso", label: "Associations (travail social)", kinds: ["ASSOCIATION"], fill: "#2b5f8a" },
  { key: "public", label: "Collectivités et administrations", kinds: ["COLLECTIVITE", "ADMINISTRATION"], fill: "#2e7d4f" },
  { key: "autres", label: "Fondations, écoles, réseaux, médias, autres", kinds: ["FONDATION", "ECOLE", "RESEAU", "MEDIA", "AUTRE"], fill: "#d08a1e" },
  { key: "nr", label: "Genre non renseigné", kinds: ["NON_RENSEIGNE"], fill: "#b9b4a8" },
];
