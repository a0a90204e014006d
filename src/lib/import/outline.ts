import { z } from "zod";

/**
 * What a heading of a compte rendu does in the import, as the preview shows it and the
 * organiser may correct it. Pure types and schema: shared by the parser, the import form and
 * the stored corrections.
 */
export const HEADING_ROLES = ["table", "participants", "objectives", "examples", "ideas", "synthesis", "text", "ignored"] as const;
export type HeadingRoleName = (typeof HEADING_ROLES)[number];

export const HeadingRoleSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("table"), number: z.number().int().min(1).max(999) }),
  z.object({ role: z.enum(HEADING_ROLES.filter((role) => role !== "table") as Exclude<HeadingRoleName, "table">[]) }),
]);
export type HeadingRole = z.infer<typeof HeadingRoleSchema>;

export const ROLE_LABELS: Record<HeadingRoleName, string> = {
  table: "Table",
  participants: "Participant·es",
  objectives: "Objectifs",
  examples: "Exemples",
  ideas: "Pistes",
  synthesis: "Synthèse générale",
  text: "Texte",
  ignored: "Ignoré",
};

export function roleLabel(role: HeadingRole): string {
  return role.role === "table" ? `Table ${role.number}` : ROLE_LABELS[role.role];
}

export function sameRole(a: HeadingRole, b: HeadingRole): boolean {
  return a.role === b.role && (a.role !== "table" || (b.role === "table" && a.number === b.number));
}

/**
 * The organiser's corrections of an import: a role per heading, keyed by the heading's folded
 * text and its occurrence ("objectifs#3"), so that they apply again to the same document;
 * and the themes to keep apart from the existing theme they look like.
 */
export const ImportCorrectionsSchema = z.object({
  headings: z.record(z.string().max(300), HeadingRoleSchema).default({}),
  separateThemes: z.array(z.string().max(300)).max(100).default([]),
});
export type ImportCorrections = z.infer<typeof ImportCorrectionsSchema>;

export const NO_CORRECTIONS: ImportCorrections = { headings: {}, separateThemes: [] };

/** One heading of the document as the import read it. */
export type OutlineEntry = {
  key: string;
  line: number;
  text: string;
  /** The role the reader gave it on its own, and the one applied (the organiser's, if any). */
  detected: HeadingRole;
  role: HeadingRole;
  /** What the reader made of it, when "text" says too little ("Introduction", "Table ronde"). */
  detail: string | null;
};
