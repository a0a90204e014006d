import "server-only";
import type { PersonVisibilityInput } from "@/lib/schemas/person-form";
import { assertOrganiser, type Actor } from "@/server/actor";
import { DataError, notFound } from "@/server/errors";
import { writeCatalogue } from "@/server/data/write/write-catalogue";

/** Shows or hides a person's name on the public pages; CONFLICT if the record changed since it was read. */
export async function setPersonVisibility(actor: Actor, id: string, input: PersonVisibilityInput): Promise<{ version: number }> {
  assertOrganiser(actor);
  const audit = {
    action: "UPDATE" as const,
    entityType: "Person",
    entityId: id,
    personId: id,
    summary: input.visibility === "HIDDEN" ? "Nom d’une personne masqué sur les pages publiques" : "Nom d’une personne affiché sur les pages publiques",
  };
  await writeCatalogue(actor, { audit }, async (tx) => {
    const current = await tx.person.findUnique({ where: { id }, select: { id: true } });
    if (!current) throw notFound("Personne");
    const updated = await tx.person.updateMany({ where: { id, version: input.version }, data: { visibility: input.visibility, version: { increment: 1 } } });
    if (updated.count === 0) throw new DataError("CONFLICT", "Cette fiche a été modifiée par quelqu’un d’autre depuis que vous l’avez ouverte.");
  });
  return { version: input.version + 1 };
}
