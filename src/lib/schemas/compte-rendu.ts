import { z } from "zod";
import "./zod-config";

/** The structure the compte-rendu importer produces, validated before anything is written. */

const text = (max: number) => z.string().trim().min(1).max(max);

export const PersonRefSchema = z.object({
  fullName: text(200),
  firstName: z.string().max(100).nullable(),
  lastName: text(150),
  organisation: z.string().trim().min(1).max(200).nullable(),
  status: z.string().trim().min(1).max(120).nullable(),
});
export type PersonRef = z.infer<typeof PersonRefSchema>;

export const ItemKindSchema = z.enum(["EXAMPLE", "IDEA"]);
export type ItemKindValue = z.infer<typeof ItemKindSchema>;

export const ItemRefSchema = z.object({
  table: z.number().int().positive(),
  kind: ItemKindSchema,
  index: z.number().int().nonnegative(),
});
export type ItemRef = z.infer<typeof ItemRefSchema>;

export const ParsedItemSchema = z.object({
  text: text(4000),
  keywords: z.array(text(300)).max(50),
  mentions: z.array(text(200)).max(50),
});
export type ParsedItem = z.infer<typeof ParsedItemSchema>;

export const ParsedTableSchema = z.object({
  number: z.number().int().positive().max(999),
  /** "Mobilité" of "Atelier 2 – Mobilité". */
  title: z.string().trim().max(300).nullable().default(null),
  participants: z.array(PersonRefSchema).max(500),
  objectives: z.array(z.object({ text: text(1000), consolidatedIndex: z.number().int().nonnegative().nullable() })).max(200),
  examples: z.array(ParsedItemSchema).max(500),
  ideas: z.array(ParsedItemSchema).max(500),
  notes: z.string().max(20000),
});
export type ParsedTable = z.infer<typeof ParsedTableSchema>;

export const SynthesisSectionSchema = z.enum(["EXAMPLES_BY_PURPOSE", "IDEAS_BY_THEME", "EXAMPLES_BY_OBJECTIVE", "IDEAS_BY_OBJECTIVE"]);

export const SynthesisGroupSchema = z.object({
  section: SynthesisSectionSchema,
  label: z.string().trim().max(300).nullable(),
  consolidatedIndex: z.number().int().nonnegative().nullable(),
  entries: z.array(z.object({ text: text(4000), links: z.array(ItemRefSchema).max(100) })).max(500),
});
export type SynthesisGroupParsed = z.infer<typeof SynthesisGroupSchema>;

const longText = z.string().max(200000);

export const CompteRenduSchema = z
  .object({
    title: text(300),
    subtitle: z.string().trim().max(300).nullable(),
    city: text(120),
    date: z.iso.date().nullable(),
    edition: z.number().int().positive().max(1000).nullable(),
    venueName: z.string().trim().max(200).nullable(),
    venueDescription: z.string().trim().max(1000).nullable(),
    introduction: longText,
    studyTitle: z.string().trim().max(300).nullable(),
    study: longText,
    roundTableText: longText,
    moderators: z.array(PersonRefSchema).max(50),
    panelists: z.array(PersonRefSchema).max(100),
    workshopFormat: longText,
    closingText: longText,
    organisers: z.array(text(200)).max(50),
    partners: z.array(text(200)).max(100),
    tables: z.array(ParsedTableSchema).min(1).max(500),
    synthesisObjectives: longText,
    synthesisExamplesIntro: longText,
    synthesisIdeasIntro: longText,
    consolidatedObjectives: z.array(text(1000)).max(100),
    synthesisGroups: z.array(SynthesisGroupSchema).max(200),
    relations: z.array(z.tuple([ItemRefSchema, ItemRefSchema])).max(20000),
  })
  .superRefine((cr, ctx) => {
    const numbers = cr.tables.map((t) => t.number);
    if (new Set(numbers).size !== numbers.length) {
      ctx.addIssue({ code: "custom", path: ["tables"], message: "Deux tables portent le même numéro." });
    }
  });
export type CompteRendu = z.infer<typeof CompteRenduSchema>;

/** The programme page shipped with the seed (organisation profile and timeline). */
export const ProgrammeSchema = z.object({
  organisation: z.object({
    name: text(200),
    acronym: text(20),
    mission: text(2000),
    address: text(300),
    email: z.email(),
    legalForm: text(100),
  }),
  partner: z.object({ name: text(200), description: text(2000) }),
  project: z.object({ title: text(300), context: text(4000), detail: text(4000), foundationView: text(4000) }),
  timeline: z.array(z.object({ period: text(40), title: text(200), text: text(2000) })).min(1),
  updatedOn: z.iso.date(),
});
export type Programme = z.infer<typeof ProgrammeSchema>;
