import { exportPersonData } from "@/server/data/people/export-person-data";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { isOrganiser } from "@/server/actor";

// Personal data: never cached, never prerendered, and the session is checked here, not by a layout.
export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

const refusal = (status: number, error: string) => Response.json({ error }, { status, headers: NO_STORE });

/** Everything held about a person, as a JSON file to download (admins only). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return refusal(401, "Connexion requise.");
  if (!isOrganiser(user)) return refusal(403, "Réservé aux organisateurs.");
  const { id } = await params;
  if (!/^[\w-]{1,64}$/.test(id)) return refusal(404, "Personne introuvable.");
  try {
    const data = await exportPersonData(actorOf(user), id);
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      status: 200,
      headers: {
        ...NO_STORE,
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="personne-${id}-${data.exportedAt.slice(0, 10)}.json"`,
      },
    });
  } catch (error) {
    if (error instanceof DataError && error.code === "NOT_FOUND") return refusal(404, "Personne introuvable.");
    if (error instanceof DataError && error.code === "FORBIDDEN") return refusal(403, "Réservé aux organisateurs.");
    throw error;
  }
}
