import type { z } from "zod";
import {
  ItemPageSchema,
  ItemsQuerySchema,
  OrganisationPageSchema,
  OrganisationsQuerySchema,
  RencontrePageSchema,
  RencontresQuerySchema,
  TablePageSchema,
  TablesQuerySchema,
  ThemePageSchema,
  ThemesQuerySchema,
} from "./schemas";

/** The collections of /api/v1/<name>: their query and page schemas and what /api and the OpenAPI document say of them. */
export const API_RESOURCES = {
  rencontres: {
    query: RencontresQuerySchema,
    page: RencontrePageSchema,
    summary: "Les rencontres publiées",
    filters: "ville, annee (comme /rencontres)",
  },
  tables: { query: TablesQuerySchema, page: TablePageSchema, summary: "Les tables des rencontres publiées", filters: "rencontre" },
  pistes: {
    query: ItemsQuerySchema,
    page: ItemPageSchema,
    summary: "Les pistes (idées de collaboration)",
    filters: "theme, rencontre, ville, statut, organisation, q (comme /pistes)",
  },
  exemples: {
    query: ItemsQuerySchema,
    page: ItemPageSchema,
    summary: "Les exemples de collaboration existante",
    filters: "theme, rencontre, ville, statut, organisation, q (comme /exemples)",
  },
  themes: { query: ThemesQuerySchema, page: ThemePageSchema, summary: "Les thèmes du catalogue", filters: "aucun" },
  organisations: {
    query: OrganisationsQuerySchema,
    page: OrganisationPageSchema,
    summary: "Les organisations des rencontres publiées",
    filters: "q (comme /organisations)",
  },
} as const satisfies Record<string, { query: z.ZodObject; page: z.ZodType; summary: string; filters: string }>;

export type ApiResourceName = keyof typeof API_RESOURCES;
export const API_RESOURCE_NAMES = Object.keys(API_RESOURCES) as ApiResourceName[];
export const isApiResource = (name: string): name is ApiResourceName => Object.hasOwn(API_RESOURCES, name);
export { API_BASE_PATH } from "./base-path";
