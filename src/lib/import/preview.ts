import type { CompteRendu } from "@/lib/schemas/compte-rendu";

/** What the import page shows of a parsed compte rendu before anything is written. */
export type CompteRenduPreview = {
  title: string;
  city: string;
  date: string | null;
  moderators: number;
  panelists: number;
  tables: { number: number; participants: number; objectives: number; examples: number; ideas: number }[];
  totals: { participants: number; objectives: number; examples: number; ideas: number; consolidatedObjectives: number };
  themes: string[];
  /** What each table holds, as the preview lists it. */
  contents: { number: number; title: string | null; participants: string[]; objectives: string[]; examples: string[]; ideas: string[] }[];
};

export function previewOf(data: CompteRendu): CompteRenduPreview {
  const tables = data.tables.map((t) => ({
    number: t.number,
    participants: t.participants.length,
    objectives: t.objectives.length,
    examples: t.examples.length,
    ideas: t.ideas.length,
  }));
  const sum = (key: "participants" | "objectives" | "examples" | "ideas") => tables.reduce((n, t) => n + t[key], 0);
  return {
    title: data.title,
    city: data.city,
    date: data.date,
    moderators: data.moderators.length,
    panelists: data.panelists.length,
    tables,
    totals: {
      participants: sum("participants"),
      objectives: sum("objectives"),
      examples: sum("examples"),
      ideas: sum("ideas"),
      consolidatedObjectives: data.consolidatedObjectives.length,
    },
    contents: data.tables.map((t) => ({
      number: t.number,
      title: t.title,
      participants: t.participants.map((p) => (p.organisation || p.status ? `${p.fullName} (${p.organisation ?? p.status})` : p.fullName)),
      objectives: t.objectives.map((o) => o.text),
      examples: t.examples.map((i) => i.text),
      ideas: t.ideas.map((i) => i.text),
    })),
    themes: [...new Set(data.synthesisGroups.filter((g) => g.section === "IDEAS_BY_THEME" && g.label).map((g) => g.label!))],
  };
}
