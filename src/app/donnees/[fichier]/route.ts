import { createReadStream } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { z } from "zod";
import { DATA_PACKAGE_FILE, RESOURCE_NAMES, resourceFile } from "@/lib/open-data/data-package";
import { ensureDataPackage } from "@/server/open-data/data-package-files";

// The files are written once per catalogue version (src/server/open-data/) and read from disk.
export const dynamic = "force-dynamic";

const FileSchema = z.enum([DATA_PACKAGE_FILE, ...RESOURCE_NAMES.map(resourceFile)]);

export async function GET(request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const file = FileSchema.safeParse((await params).fichier);
  if (!file.success) return new Response("Ce fichier n’existe pas.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { key, dir } = await ensureDataPackage();
  const etag = `"donnees-${key}"`;
  const headers = { ETag: etag, "Cache-Control": "public, max-age=0, must-revalidate", "Access-Control-Allow-Origin": "*" };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  const isDescriptor = file.data === DATA_PACKAGE_FILE;
  const stream = Readable.toWeb(createReadStream(path.join(dir, file.data))) as ReadableStream<Uint8Array>;
  return new Response(stream, {
    headers: {
      ...headers,
      "Content-Type": isDescriptor ? "application/json; charset=utf-8" : "text/csv; charset=utf-8",
      ...(isDescriptor ? {} : { "Content-Disposition": `attachment; filename="${file.data}"` }),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
