import { cosine, type TermWeights } from "./similarity";
import { itemTerms } from "./terms";

/**
 * Theme suggestions for an item without a theme (/admin/a-thematiser): each theme is scored by
 * the mean TF-IDF cosine of the item with the theme's items (what the theme is about, in the
 * catalogue's own words), plus the share of the stems of the theme's name and description found
 * in the item, so that a theme with few items is still found by what it says it is. Chosen by
 * leave-one-out on the seed's themed ideas (theme-suggestions.test.ts): the mean beat the summed
 * profile and the nearest item, and the description's stems beat the name's alone.
 */

/** What the name's and description's stems weigh beside the mean cosine: all of them found adds this much. */
export const NAME_WEIGHT = 0.2;
/** Suggestions shown for an item. */
export const SUGGESTIONS = 3;

export type ThemeProfile = { id: string; items: readonly TermWeights[]; nameTerms: ReadonlySet<string> };
export type ThemeSuggestion = { themeId: string; score: number };

/** The stems of a theme's name and description ("Apprentissage et formation" → apprentissag, format). */
export const nameTermsOf = (name: string, description?: string | null): Set<string> => new Set(itemTerms(`${name} ${description ?? ""}`).keys());

/** The best themes for an item, best first, at most `limit`, none scoring zero. Ties go to the theme listed first. */
export function suggestThemes(
  item: TermWeights,
  themes: readonly ThemeProfile[],
  idfOf: (term: string) => number,
  limit = SUGGESTIONS,
): ThemeSuggestion[] {
  return themes
    .map((theme) => {
      const similarity = theme.items.length === 0 ? 0 : theme.items.reduce((sum, other) => sum + cosine(item, other, idfOf), 0) / theme.items.length;
      const named = theme.nameTerms.size === 0 ? 0 : [...theme.nameTerms].filter((t) => item.has(t)).length / theme.nameTerms.size;
      return { themeId: theme.id, score: similarity + NAME_WEIGHT * named };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
