import { z } from "zod";
import { IDEA_STATUSES } from "@/lib/schemas/catalogue";
import "@/lib/schemas/zod-config";
import { CursorSchema } from "./cursor";

/**
 * The zod schemas of the read API (/api/v1): what each endpoint accepts in its query string
 * and what it answers. They parse the requests, type the answers, and are the source of the
 * OpenAPI document (openapi.ts), so that the document cannot drift from the code.
 */
export const API_MAX_LIMIT = 100;
export const API_DEFAULT_LIMIT = 20;

export const apiRegistry = z.registry<{ id: string; description?: string }>();

const slug = (what: string) =>
  z
    .string()
    .max(120)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Un identifiant d’adresse en minuscules, chiffres et tirets est attendu." })
    .meta({ description: what });
const text = (what: string) => z.string().max(200).meta({ description: what });
const nullable = <T extends z.ZodType>(schema: T) => schema.nullable();
const address = z.string().meta({ description: "Adresse publique de la page", format: "uri" });

const paging = {
  cursor: CursorSchema.optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(API_MAX_LIMIT)
    .default(API_DEFAULT_LIMIT)
    .meta({ description: `Nombre de lignes par page (1 à ${API_MAX_LIMIT}).` }),
};

export const ItemsQuerySchema = z.strictObject({
  ...paging,
  theme: z
    .array(slug("Thème (slug), répétable : les items d’au moins un de ces thèmes."))
    .max(10)
    .optional()
    .meta({ description: "Thèmes (slugs), répétable jusqu’à 10 fois : les items d’au moins un de ces thèmes." }),
  rencontre: slug("Rencontre (slug)").optional(),
  ville: slug("Ville (clé de ville, par exemple paris)").optional(),
  statut: z
    .array(z.enum(IDEA_STATUSES.map((s) => s.param) as [string, ...string[]]))
    .max(IDEA_STATUSES.length)
    .optional()
    .meta({ description: "Statut de suivi, répétable : proposee, en-cours, realisee, abandonnee." }),
  organisation: slug("Organisation (slug) présente à la table de l’item ou citée par lui").optional(),
  q: text("Recherche dans le texte (accents et pluriels indifférents)").optional(),
});

export const RencontresQuerySchema = z.strictObject({
  ...paging,
  ville: slug("Ville (clé de ville, par exemple paris)").optional(),
  annee: z
    .string()
    .regex(/^\d{4}$/, { message: "Une année sur quatre chiffres est attendue." })
    .optional()
    .meta({ description: "Année de la rencontre (quatre chiffres)" }),
});

export const TablesQuerySchema = z.strictObject({ ...paging, rencontre: slug("Rencontre (slug)").optional() });
export const ThemesQuerySchema = z.strictObject({ ...paging });
export const OrganisationsQuerySchema = z.strictObject({ ...paging, q: text("Partie du nom (accents et casse indifférents)").optional() });

/** The query-string parameters that may be repeated (`?theme=a&theme=b`). */
export const LIST_PARAMETERS = new Set(["theme", "statut"]);

export const RencontreSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    titre: z.string(),
    sous_titre: nullable(z.string()),
    edition: nullable(z.number().int()),
    ville: z.string(),
    territoire: nullable(z.string()),
    date: nullable(z.string().meta({ format: "date" })),
    lieu: nullable(z.string()),
    adresse: address,
  })
  .register(apiRegistry, { id: "Rencontre", description: "Une rencontre publiée." });

export const TableSchema = z
  .object({
    id: z.string(),
    numero: z.number().int(),
    titre: nullable(z.string()),
    rencontre: z.object({ id: z.string(), slug: z.string() }),
    adresse: address,
  })
  .register(apiRegistry, { id: "Table", description: "Une table (atelier) d’une rencontre publiée." });

export const ItemSchema = z
  .object({
    id: z.string(),
    texte: z.string(),
    mots_cles: z.array(z.string()),
    themes: z.array(z.object({ id: z.string(), slug: z.string(), nom: z.string() })),
    statut: nullable(z.string()).meta({ description: "Statut de suivi d’une piste (null pour un exemple)" }),
    table: z.object({ id: z.string(), numero: z.number().int() }),
    rencontre: z.object({ id: z.string(), slug: z.string(), titre: z.string() }),
    ville: z.string(),
    date: nullable(z.string().meta({ format: "date" })),
    adresse: address,
  })
  .register(apiRegistry, { id: "Item", description: "Une piste (idée de collaboration future) ou un exemple de collaboration existante." });

export const ThemeSchema = z
  .object({ id: z.string(), slug: z.string(), nom: z.string(), description: nullable(z.string()), position: z.number().int(), adresse: address })
  .register(apiRegistry, { id: "Theme", description: "Un thème du catalogue." });

export const OrganisationSchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    nom: z.string(),
    type: z.string(),
    site_web: nullable(z.string()),
    ville: nullable(z.string()),
    adresse: address,
  })
  .register(apiRegistry, { id: "Organisation", description: "Une organisation présente dans une rencontre publiée." });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    erreurs: z.array(z.object({ parametre: z.string(), message: z.string() })).optional(),
  })
  .register(apiRegistry, { id: "Problem", description: "Une erreur, au format RFC 9457 (application/problem+json)." });

const pageOf = <T extends z.ZodType>(row: T, id: string) =>
  z
    .object({
      items: z.array(row),
      next: z.string().nullable().meta({ description: "Adresse de la page suivante, null sur la dernière" }),
    })
    .register(apiRegistry, { id, description: "Une page de résultats." });

export const RencontrePageSchema = pageOf(RencontreSchema, "RencontrePage");
export const TablePageSchema = pageOf(TableSchema, "TablePage");
export const ItemPageSchema = pageOf(ItemSchema, "ItemPage");
export const ThemePageSchema = pageOf(ThemeSchema, "ThemePage");
export const OrganisationPageSchema = pageOf(OrganisationSchema, "OrganisationPage");

export type ApiRencontre = z.infer<typeof RencontreSchema>;
export type ApiTable = z.infer<typeof TableSchema>;
export type ApiItem = z.infer<typeof ItemSchema>;
export type ApiTheme = z.infer<typeof ThemeSchema>;
export type ApiOrganisation = z.infer<typeof OrganisationSchema>;
