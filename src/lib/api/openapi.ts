import { z } from "zod";
import { PROBLEM_CONTENT_TYPE, PROBLEM_KINDS, problemStatus, problemTitle } from "./problem";
import { API_BASE_PATH, API_RESOURCES, API_RESOURCE_NAMES } from "./resources";
import { apiRegistry, LIST_PARAMETERS } from "./schemas";

type JsonSchema = Record<string, unknown>;

const componentRef = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const problemResponse = (status: number) => {
  const kind = PROBLEM_KINDS.find((k) => problemStatus(k) === status)!;
  return { description: problemTitle(kind), content: { [PROBLEM_CONTENT_TYPE]: { schema: componentRef("Problem") } } };
};

/** The JSON Schema of each query parameter of a zod object, as OpenAPI 3.1 (JSON Schema 2020-12) takes it. */
function parametersOf(query: z.ZodObject) {
  const schema = z.toJSONSchema(query, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema & {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(schema.properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: "query",
      required: schema.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      ...(LIST_PARAMETERS.has(name) ? { style: "form", explode: true } : {}),
      schema: rest,
    };
  });
}

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the zod schemas of schemas.ts (zod 4's
 * JSON Schema output): components from the schemas registered in apiRegistry, one path per
 * collection of resources.ts.
 */
export function openApiDocument(serverUrl: string) {
  const { schemas } = z.toJSONSchema(apiRegistry, { target: "draft-2020-12", uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  for (const schema of Object.values(schemas)) delete schema.$schema;
  const paths: Record<string, unknown> = {};
  for (const name of API_RESOURCE_NAMES) {
    const resource = API_RESOURCES[name];
    const pageId = apiRegistry.get(resource.page)!.id;
    paths[`${API_BASE_PATH}/${name}`] = {
      get: {
        operationId: `lister-${name}`,
        summary: resource.summary,
        description: `Filtres : ${resource.filters}. Pagination par curseur : suivez le lien next (aussi dans l’en-tête Link).`,
        parameters: parametersOf(resource.query),
        responses: {
          200: {
            description: "Une page de résultats",
            headers: {
              ETag: { schema: { type: "string" }, description: "Version du catalogue et requête" },
              Link: { schema: { type: "string" }, description: 'Lien rel="next" vers la page suivante' },
            },
            content: { "application/json": { schema: componentRef(pageId) } },
          },
          304: { description: "Inchangé depuis l’ETag donné dans If-None-Match" },
          400: problemResponse(400),
          429: {
            ...problemResponse(429),
            headers: { "Retry-After": { schema: { type: "integer" }, description: "Secondes à attendre" } },
          },
          503: problemResponse(503),
        },
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "API de lecture des Grandes Rencontres",
      version: "1.0.0",
      description:
        "Le catalogue publié des Grandes Rencontres (rencontres, tables, pistes, exemples, thèmes, organisations), en lecture seule. Les brouillons n’y figurent pas ; les personnes n’y sont pas nommées.",
      license: { name: "Licence Ouverte / Open Licence 2.0 (Etalab)", url: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/" },
    },
    servers: [{ url: serverUrl }],
    paths,
    components: { schemas },
  };
}
