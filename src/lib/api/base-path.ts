/** Where the read API lives; its own module so that the proxy can use it without the schemas. */
export const API_BASE_PATH = "/api/v1";
