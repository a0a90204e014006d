import { z } from "zod";
import "./zod-config";
import { MAX_SOURCE_BYTES } from "@/lib/import/decode-text";
import { HEADING_ROLES, ImportCorrectionsSchema, type HeadingRole, type ImportCorrections } from "@/lib/import/outline";
import { optionalDate, optionalLine } from "./rencontre-form";

/**
 * The import page: the compte rendu's text (pasted, or the converted upload sent back for
 * checking), what the document may not say, and whether to preview or create the draft.
 * The uploaded file itself is read by the action, not by this schema.
 */
export const ImportFormSchema = z.object({
  intent: z.enum(["apercu", "creer"], { error: "Demande invalide : rechargez la page." }),
  source: z
    .string({ error: "Le texte du compte rendu doit être du texte." })
    .max(MAX_SOURCE_BYTES, `Le texte dépasse ${(MAX_SOURCE_BYTES / 1024 / 1024).toLocaleString("fr-FR")} Mo : ce n'est pas un compte rendu.`)
    .optional()
    .default(""),
  /** The uploaded file's name, kept across preview and creation. */
  sourceName: optionalLine(200),
  city: optionalLine(120),
  date: optionalDate,
  organisers: z
    .string()
    .max(2000, "2 000 caractères au plus.")
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/[\n,;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .refine((list) => list.length <= 20, "20 organisateurs au plus.")
    .refine((list) => list.every((s) => s.length <= 200), "Un nom d'organisation fait 200 caractères au plus."),
});
export type ImportFormInput = z.infer<typeof ImportFormSchema>;

export const IMPORT_FILE_TYPES =
  ".md,.markdown,.txt,.docx,.odt,.pdf,text/markdown,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text,application/pdf";

const RoleName = z.enum(HEADING_ROLES);
const TableNumber = z.coerce.number().int().min(1).max(999);
const FieldKey = z.string().max(300);

/** "table:3" or "objectives": a role as the form carries it in its hidden "detecte:…" fields. */
export function roleValue(role: HeadingRole): string {
  return role.role === "table" ? `table:${role.number}` : role.role;
}

/**
 * The roles the organiser gave the headings in the preview ("role:<key>", with "numero:<key>"
 * for a table; "detecte:<key>" says what the reader gave it) and the themes kept apart
 * ("theme-a-part"). Only the roles that differ from the reader's are corrections. A heading
 * made a table without a number takes the next one. Null on the first preview (no role fields).
 */
export function correctionsFromForm(formData: FormData): ImportCorrections | null {
  const headings: ImportCorrections["headings"] = {};
  let tableNumber = 0;
  let fields = 0;
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("role:") || typeof value !== "string" || ++fields > 2000) continue;
    const key = FieldKey.safeParse(name.slice(5));
    const roleName = RoleName.safeParse(value);
    if (!key.success || !roleName.success) continue;
    const detected = formData.get(`detecte:${key.data}`);
    let role: HeadingRole;
    if (roleName.data === "table") {
      const given = TableNumber.safeParse(formData.get(`numero:${key.data}`) || undefined);
      role = { role: "table", number: given.success ? given.data : tableNumber + 1 };
      tableNumber = Math.max(tableNumber, role.number);
    } else role = { role: roleName.data };
    if (roleValue(role) !== detected) headings[key.data] = role;
  }
  if (fields === 0) return null;
  const separateThemes = z.array(FieldKey).max(100).safeParse(formData.getAll("theme-a-part"));
  return ImportCorrectionsSchema.parse({ headings, separateThemes: separateThemes.success ? separateThemes.data : [] });
}
