import { plural } from "@/lib/text/format";

type Place = { rencontre: { slug: string }; table: number };

/**
 * Where an item and the items linked to it (the synthesis's links and the confirmed
 * rapprochements) were raised: "Évoquée dans 2 rencontres, 3 tables". Null when it was raised
 * at its own table only. The linked items given are the public ones (published rencontres).
 */
export function recurrenceSpread(kind: "IDEA" | "EXAMPLE", item: Place, related: readonly Place[]): string | null {
  if (related.length === 0) return null;
  const places = [item, ...related];
  const rencontres = new Set(places.map((p) => p.rencontre.slug)).size;
  const tables = new Set(places.map((p) => `${p.rencontre.slug}#${p.table}`)).size;
  return `${kind === "IDEA" ? "Évoquée" : "Évoqué"} dans ${plural(rencontres, "rencontre")}, ${plural(tables, "table")}`;
}
