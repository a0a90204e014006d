import { SPEAKER_ROLE_LABELS } from "@/lib/schemas/synthesis-form";
import { describeLineDifferences } from "./table-changes";

/** The round table and synthesis as a person compares them; theme groups name their theme. */
export type SynthesisSnapshot = {
  synthesisObjectives: string;
  synthesisExamplesIntro: string;
  synthesisIdeasIntro: string;
  speakers: { name: string; organisation?: string | null; role: keyof typeof SPEAKER_ROLE_LABELS }[];
  consolidated: { text: string }[];
  themeGroups: { themeName: string; entries: string[] }[];
};

const TEXTS = [
  ["synthesisObjectives", "Introduction des objectifs"],
  ["synthesisExamplesIntro", "Introduction des exemples"],
  ["synthesisIdeasIntro", "Introduction des pistes"],
] as const;

/** The differences between the saved synthesis and the copy a person tried to save, one French line each. */
export function describeSynthesisDifferences(saved: SynthesisSnapshot, mine: SynthesisSnapshot): string[] {
  const lines: string[] = [];
  for (const [key, label] of TEXTS) if (saved[key].trim() !== mine[key].trim()) lines.push(`${label} : texte différent.`);
  const speaker = (s: SynthesisSnapshot["speakers"][number]) =>
    [s.name, s.organisation, SPEAKER_ROLE_LABELS[s.role].toLowerCase()].filter(Boolean).join(" — ");
  const entries = (g: SynthesisSnapshot["themeGroups"]) => g.flatMap((group) => group.entries.map((e) => `${group.themeName} : ${e}`));
  lines.push(...describeLineDifferences("Table ronde", saved.speakers.map(speaker), mine.speakers.map(speaker)));
  lines.push(
    ...describeLineDifferences(
      "Objectifs consolidés",
      saved.consolidated.map((c) => c.text),
      mine.consolidated.map((c) => c.text),
    ),
  );
  lines.push(...describeLineDifferences("Pistes par thème", entries(saved.themeGroups), entries(mine.themeGroups)));
  return lines;
}
