import "server-only";
import { guessOrganisationKind } from "@/lib/schemas/organisation";
import { foldText, organisationKey, slugify } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";
import { uniqueSlug } from "@/server/data/unique-slug";

/**
 * The organisations of these names, by case-, accent- and article-insensitive key
 * ("Tirelires d'avenir" is "Tirelires d'Avenir"), created when new. Returns name key → id.
 */
export async function findOrCreateOrganisations(tx: Tx, names: string[]): Promise<Map<string, string>> {
  const wanted = new Map<string, string>();
  for (const name of names) if (!wanted.has(organisationKey(name))) wanted.set(organisationKey(name), name.trim());
  const existing = await tx.organisation.findMany({ where: { nameKey: { in: [...wanted.keys()] } }, select: { id: true, nameKey: true } });
  const ids = new Map(existing.map((o) => [o.nameKey, o.id]));
  for (const [nameKey, name] of wanted) {
    if (ids.has(nameKey)) continue;
    const slug = await uniqueSlug(tx, "organisation", slugify(name) || "organisation");
    const created = await tx.organisation.create({ data: { slug, name, nameKey, kind: guessOrganisationKind(foldText(name)) }, select: { id: true } });
    ids.set(nameKey, created.id);
  }
  return ids;
}
