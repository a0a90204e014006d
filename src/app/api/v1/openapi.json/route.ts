import { openApiDocument } from "@/lib/api/openapi";
import { siteUrl } from "@/lib/site-url";
import { CORS_HEADERS } from "@/server/api/read-api";

export const dynamic = "force-dynamic";

export function GET() {
  return Response.json(openApiDocument(siteUrl()), {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

export { apiOptions as OPTIONS } from "@/server/api/read-api";
