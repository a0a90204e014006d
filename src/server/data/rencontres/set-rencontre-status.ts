import "server-only";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/**
 * Publishes or unpublishes a rencontre (admins only). Refused with CONFLICT when the
 * rencontre changed since the caller read it (version), so nothing is overwritten blindly.
 */
export async function setRencontreStatus(actor: Actor, input: { id: string; status: "DRAFT" | "PUBLISHED"; version: number }) {
  assertOrganiser(actor);
  const audit = (current: { id: string; city: string }) => ({
    action: input.status === "PUBLISHED" ? ("PUBLISH" as const) : ("UNPUBLISH" as const),
    entityType: "Rencontre",
    entityId: current.id,
    rencontreId: current.id,
    summary: `${input.status === "PUBLISHED" ? "Publication" : "Retrait de la publication"} de la rencontre de ${current.city}`,
  });
  await writeCatalogue(actor, { audit }, async (tx) => {
    const current = await tx.rencontre.findUnique({ where: { id: input.id }, select: { id: true, city: true, status: true, version: true } });
    if (!current) throw notFound("Rencontre");
    const updated = await tx.rencontre.updateMany({
      where: { id: input.id, version: input.version },
      data: {
        status: input.status,
        version: { increment: 1 },
        ...(input.status === "PUBLISHED" && current.status !== "PUBLISHED" ? { publishedAt: new Date() } : {}),
      },
    });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette rencontre a été modifiée entre-temps : rechargez la page avant de recommencer.");
    return current;
  });
}
