import { z } from "zod";
import { ATOM_CONTENT_TYPE } from "@/lib/open-data/atom";
import { themeFeed } from "@/server/feeds/feeds";

// Cached like the public pages: rendered at most every 2 seconds, purged by every write.
export const revalidate = 2;
export function generateStaticParams() {
  return [];
}

const FileSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.atom$/);
const notFound = () => new Response("Ce flux n’existe pas.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ fichier: string }> }) {
  const file = FileSchema.safeParse((await params).fichier);
  if (!file.success) return notFound();
  const xml = await themeFeed(file.data.slice(0, -".atom".length));
  if (xml === null) return notFound();
  return new Response(xml, { headers: { "Content-Type": ATOM_CONTENT_TYPE, "Access-Control-Allow-Origin": "*" } });
}
