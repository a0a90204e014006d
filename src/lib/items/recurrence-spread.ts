import { plural } from "@/lib/text/format";

type Place = { rencontre: { slug: string }; table: number };
export type RecurrenceCounts = { rencontres: number; tables: number };

/** "Évoquée dans 2 rencontres, 3 tables", from counts already made (the catalogue's cards). */
export function recurrenceWording(kind: "IDEA" | "EXAMPLE", counts: RecurrenceCounts): string {
  return `${kind === "IDEA" ? "Évoquée" : "Évoqué"} dans ${plural(counts.rencontres, "rencontre")}, ${plural(counts.tables, "table")}`;
}

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
  return recurrenceWording(kind, { rencontres, tables });
}
