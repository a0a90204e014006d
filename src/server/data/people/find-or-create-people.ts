import "server-only";
import { splitName } from "@/lib/import/people";
import { personKey } from "@/lib/text/normalize";
import type { Tx } from "@/server/db";
import { takeCreationTurn } from "@/server/data/write/creation-turn";

type PersonName = string | { fullName: string; firstName: string | null; lastName: string };

/**
 * The people of these names (the same name is the same person, at a table or on the panel),
 * created when new: with the first and last name given (the importer's), else split from the
 * full name. Returns name key → id.
 */
export async function findOrCreatePeople(tx: Tx, names: PersonName[]): Promise<Map<string, string>> {
  const wanted = new Map<string, Exclude<PersonName, string>>();
  for (const name of names) {
    const person = typeof name === "string" ? { fullName: name.trim(), ...splitName(name.trim()) } : name;
    const key = personKey(person.fullName);
    if (!wanted.has(key)) wanted.set(key, person);
  }
  const ids = new Map<string, string>();
  const read = async (keys: string[]) => {
    const people = await tx.person.findMany({ where: { nameKey: { in: keys } }, orderBy: { createdAt: "asc" }, select: { id: true, nameKey: true } });
    for (const p of people) if (!ids.has(p.nameKey)) ids.set(p.nameKey, p.id);
  };
  await read([...wanted.keys()]);
  const missing = [...wanted.keys()].filter((key) => !ids.has(key));
  if (missing.length > 0) {
    // Another transaction may be creating them: once it has committed, what it created is read.
    await takeCreationTurn(tx);
    await read(missing);
  }
  for (const [nameKey, { fullName, firstName, lastName }] of wanted) {
    if (ids.has(nameKey)) continue;
    ids.set(nameKey, (await tx.person.create({ data: { fullName, nameKey, firstName, lastName }, select: { id: true } })).id);
  }
  return ids;
}
