import "server-only";
import { splitName } from "@/lib/import/people";
import { personKey } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";

/** The people of these names (the same name is the same person, as in the importer), created when new. Returns name key → id. */
export async function findOrCreatePeople(tx: Tx, names: string[]): Promise<Map<string, string>> {
  const wanted = new Map<string, string>();
  for (const name of names) if (!wanted.has(personKey(name))) wanted.set(personKey(name), name.trim());
  const people = await tx.person.findMany({ where: { nameKey: { in: [...wanted.keys()] } }, orderBy: { createdAt: "asc" }, select: { id: true, nameKey: true } });
  const ids = new Map<string, string>();
  for (const p of people) if (!ids.has(p.nameKey)) ids.set(p.nameKey, p.id);
  for (const [nameKey, fullName] of wanted) {
    if (ids.has(nameKey)) continue;
    ids.set(nameKey, (await tx.person.create({ data: { fullName, nameKey, ...splitName(fullName) }, select: { id: true } })).id);
  }
  return ids;
}
