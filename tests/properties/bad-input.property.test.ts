/**
 * Property-based tests: the compte-rendu importer and every form schema fed 1,000 generated
 * inputs each. Nothing may throw, and every refusal must be a message a person can read in
 * French (no English default of zod, no "undefined", no stack).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { formDataToObject } from "@/lib/forms/form-data";
import { decodeSource } from "@/lib/import/decode-text";
import { parseCompteRendu } from "@/lib/import/parse-compte-rendu";
import { AccountCreateSchema, AccountDeleteSchema, AccountRoleSchema } from "@/lib/schemas/account-form";
import { ChangePasswordSchema, SignInSchema } from "@/lib/schemas/auth";
import { CompteRenduSchema } from "@/lib/schemas/compte-rendu";
import { FollowUpSchema } from "@/lib/schemas/follow-up-form";
import { ImportFormSchema } from "@/lib/schemas/import-form";
import { OrganisationFormSchema, OrganisationMergeSchema } from "@/lib/schemas/organisation-form";
import { PersonEraseSchema, PersonVisibilitySchema } from "@/lib/schemas/person-form";
import { DeleteConfirmSchema, EditorInviteSchema, RencontreFormSchema, RencontreUpdateSchema } from "@/lib/schemas/rencontre-form";
import { SynthesisFormSchema } from "@/lib/schemas/synthesis-form";
import { NewTableSchema, TableFormSchema } from "@/lib/schemas/table-form";
import { ThemeCreateSchema, ThemeFormSchema, ThemeMergeSchema } from "@/lib/schemas/theme-form";

const RUNS = 1_000;

/** A refusal a person can act on: French words, none of zod's English defaults. */
function expectReadable(message: string) {
  expect(message.trim().length).toBeGreaterThan(3);
  expect(message).not.toMatch(/\b(Invalid|Expected|Required|Too (big|small)|received|undefined|null|NaN)\b|at \w+ \(/);
}

const FORMS: Record<string, z.ZodType> = {
  RencontreFormSchema,
  RencontreUpdateSchema,
  EditorInviteSchema,
  DeleteConfirmSchema,
  TableFormSchema,
  NewTableSchema,
  SynthesisFormSchema,
  ImportFormSchema,
  ThemeFormSchema,
  ThemeCreateSchema,
  ThemeMergeSchema,
  OrganisationFormSchema,
  OrganisationMergeSchema,
  PersonVisibilitySchema,
  PersonEraseSchema,
  FollowUpSchema,
  AccountCreateSchema,
  AccountRoleSchema,
  AccountDeleteSchema,
  SignInSchema,
  ChangePasswordSchema,
};

const ROW_FIELDS = ["id", "text", "name", "organisation", "status", "themes", "role", "theme", "entries"];

/** The names a form may send: the schema's fields, list rows of them, and strangers. */
function fieldNames(schema: z.ZodType): fc.Arbitrary<string> {
  const keys = Object.keys((schema as unknown as { shape?: Record<string, unknown> }).shape ?? {});
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...keys) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom(...keys), fc.nat({ max: 120 }), fc.constantFrom(...ROW_FIELDS)).map(([k, n, f]) => `${k}.${n}.${f}`),
    },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor.prototype", "a..b", "ideas.999999.text", "$ACTION_ID_x", "") },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

const values = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "",
      " ",
      "0",
      "-1",
      "1e9",
      "2024-02-30",
      "2024-01-15",
      "oui",
      "ADMIN",
      "EN_COURS",
      "HIDDEN",
      "https://exemple.org",
      "javascript:alert(1)",
      "<script>",
      "EFFACER",
      "apercu",
    ),
  },
  { weight: 1, arbitrary: fc.integer({ min: 2_000, max: 30_000 }).map((n) => "x".repeat(n)) },
);

describe("every form schema, 1,000 generated forms each", () => {
  for (const [name, schema] of Object.entries(FORMS)) {
    it(`${name}: never throws, and every refusal is readable French`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fieldNames(schema), values), { maxLength: 30 }), (entries) => {
          const data = new FormData();
          for (const [key, value] of entries) data.append(key, value);
          const parsed = schema.safeParse(formDataToObject(data));
          if (!parsed.success) for (const issue of parsed.error.issues) expectReadable(issue.message);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

const line = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      "## SYNTHÈSE PAR TABLES",
      "## Introduction",
      "## Table ronde",
      "## SYNTHÈSE GÉNÉRALE",
      "#### Principaux objectifs de la collaboration :",
      "#### Exemples de collaboration :",
      "#### Pistes de future collaboration :",
      "## Objectifs",
      "## Exemple de collaborations",
      "",
    ),
  },
  { weight: 3, arbitrary: fc.integer({ min: -1, max: 1200 }).map((n) => `### TABLE ${n}`) },
  { weight: 4, arbitrary: fc.string({ maxLength: 60 }).map((s) => `- ${s}`) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 })), { maxLength: 6 })
      .map((people) => `Autour de la table : ${people.map(([n, o]) => `${n} (*${o}*)`).join(", ")}`),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((s) => `# Grande Rencontre de ${s}`) },
);

describe("the compte-rendu importer, 1,000 generated documents", () => {
  it("never throws: a document is either read (and valid) or refused with a readable reason", () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), fc.option(fc.constantFrom("Lyon", "Saint-Étienne"), { nil: undefined }), (lines, city) => {
        const result = parseCompteRendu(lines.join("\n"), { city, date: city ? "2024-05-06" : undefined });
        if (result.ok) expect(CompteRenduSchema.safeParse(result.data).success).toBe(true);
        else expectReadable(result.error);
        for (const warning of result.warnings) expect(warning.message.trim().length).toBeGreaterThan(3);
      }),
      { numRuns: RUNS },
    );
  });

  it("never throws on arbitrary bytes, and says why it cannot read them", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3_000 }), (bytes) => {
        const decoded = decodeSource(bytes);
        if (!decoded.ok) expectReadable(decoded.error);
        else {
          const result = parseCompteRendu(decoded.text);
          if (!result.ok) expectReadable(result.error);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
