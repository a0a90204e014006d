import { DownloadFileSchema, parseDownloadFile } from "@/lib/open-data/download-address";
import { catalogueQueryString, parseCatalogueQuery } from "@/lib/schemas/catalogue";
import { getCatalogueVersion } from "@/server/data/catalogue/catalogue-version";
import { itemDownloadStream } from "@/server/exports/item-download";

// Streamed from the database on each request (the content follows the catalogue version,
// which the ETag carries: a client that has the current file gets a 304 for one query).
export const dynamic = "force-dynamic";

const CONTENT_TYPES = { csv: "text/csv; charset=utf-8", json: "application/json; charset=utf-8" } as const;

export async function GET(request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const file = DownloadFileSchema.safeParse((await params).fichier);
  if (!file.success) return new Response("Ce fichier n’existe pas.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { kind, format } = parseDownloadFile(file.data);
  const url = new URL(request.url);
  const values: Record<string, string[]> = {};
  url.searchParams.forEach((value, name) => (values[name] ??= []).push(value));
  const { filters } = parseCatalogueQuery(values);

  const etag = `"v${await getCatalogueVersion()}-${file.data}-${Buffer.from(catalogueQueryString({ ...filters, page: 1 })).toString("base64url")}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });

  const day = new Date().toISOString().slice(0, 10);
  return new Response(itemDownloadStream(kind, format, filters), {
    headers: {
      ...headers,
      "Content-Type": CONTENT_TYPES[format],
      "Content-Disposition": `attachment; filename="${file.data.replace(".", `-${day}.`)}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
