import "server-only";
import type { SimilarTheme } from "@/lib/import/import-state";
import { matchTheme } from "@/lib/import/theme-match";
import { assertOrganiser, type Actor } from "@/server/actor";
import { db } from "@/server/db";


/**
 * The synthesis labels of a document that are not an existing theme's name but look like one
 * ("…outils tierces…" for "…outils tiers…"): the import treats them as that theme unless the
 * organiser keeps them apart. Organisers only; themes are few, read whole.
 */
export async function findSimilarThemes(actor: Actor, labels: string[]): Promise<SimilarTheme[]> {
  assertOrganiser(actor);
  if (labels.length === 0) return [];
  const themes = await db.theme.findMany({ select: { name: true, nameKey: true, slug: true }, orderBy: { position: "asc" } });
  return [...new Set(labels)].flatMap((label) => {
    const match = matchTheme(label, themes);
    return match && !match.exact ? [{ label, theme: { name: match.theme.name, slug: match.theme.slug } }] : [];
  });
}
