import "server-only";
import { guessOrganisationKind, type ReferenceOrganisation } from "@/lib/schemas/organisation";
import { foldText, organisationKey, slugify } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";
import { uniqueSlug } from "@/server/data/unique-slug";
import { takeCreationTurn } from "@/server/data/write/creation-turn";

/**
 * The organisations of these names, by case-, accent- and article-insensitive key
 * ("Tirelires d'avenir" is "Tirelires d'Avenir"), created when new; existing ones keep what
 * organisers curated. A name or alias of a reference organisation (the importer's list)
 * stands for it, and a new one takes its fields. Returns the key of every name given → id.
 */
export async function findOrCreateOrganisations(tx: Tx, names: string[], reference: ReferenceOrganisation[] = []): Promise<Map<string, string>> {
  const referenceByKey = new Map<string, ReferenceOrganisation>();
  for (const org of reference) {
    for (const name of [org.name, ...org.aliases]) referenceByKey.set(organisationKey(name), org);
  }
  const wanted = new Map<string, { name: string; ref?: ReferenceOrganisation }>();
  for (const raw of names) {
    const ref = referenceByKey.get(organisationKey(raw));
    const name = ref?.name ?? raw.trim();
    const key = organisationKey(name);
    if (!wanted.has(key)) wanted.set(key, { name, ref });
  }
  const existing = (keys: string[]) => tx.organisation.findMany({ where: { nameKey: { in: keys } }, select: { id: true, nameKey: true } });
  const ids = new Map((await existing([...wanted.keys()])).map((o) => [o.nameKey, o.id]));
  const missing = [...wanted.keys()].filter((key) => !ids.has(key));
  if (missing.length > 0) {
    // Another transaction may be creating them: once it has committed, what it created is read.
    await takeCreationTurn(tx);
    for (const o of await existing(missing)) ids.set(o.nameKey, o.id);
  }
  for (const [nameKey, { name, ref }] of wanted) {
    if (ids.has(nameKey)) continue;
    const slug = await uniqueSlug(tx, "organisation", slugify(name) || "organisation");
    const created = await tx.organisation.create({
      data: {
        slug,
        name,
        nameKey,
        kind: ref?.kind ?? guessOrganisationKind(foldText(name)),
        city: ref?.city ?? null,
        website: ref?.website ?? null,
        description: ref?.description ?? null,
      },
      select: { id: true },
    });
    ids.set(nameKey, created.id);
  }
  // Every spelling (and alias) given maps to its organisation.
  const byName = new Map<string, string>();
  for (const raw of names) {
    const ref = referenceByKey.get(organisationKey(raw));
    byName.set(organisationKey(raw), ids.get(organisationKey(ref?.name ?? raw))!);
  }
  return byName;
}
