import { apiMethodNotAllowed, apiOptions, handleApiRequest } from "@/server/api/read-api";

// Answered per request from indexed keyset queries; a client holding the current page gets a 304 from its ETag.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ ressource: string }> };

export async function GET(request: Request, { params }: Context) {
  return handleApiRequest(request, (await params).ressource);
}

export const HEAD = GET;
export const OPTIONS = apiOptions;
export const POST = apiMethodNotAllowed;
export const PUT = apiMethodNotAllowed;
export const PATCH = apiMethodNotAllowed;
export const DELETE = apiMethodNotAllowed;
