import { foldText, similarity } from "@/lib/text/normalize";

/** How close in words a synthesis label must be to an existing theme to be read as that theme. */
export const THEME_SIMILARITY = 0.6;

/**
 * The existing theme a synthesis label names: the same folded name, or failing that the closest
 * one in words ("…outils tierces entre l'ESS…" for "…outils tiers entre l'ESS…"), flagged as not exact.
 */
export function matchTheme<T extends { name: string; nameKey: string }>(label: string, themes: T[]): { theme: T; exact: boolean } | null {
  const key = foldText(label);
  const exact = themes.find((t) => t.nameKey === key);
  if (exact) return { theme: exact, exact: true };
  let best: { theme: T; score: number } | null = null;
  for (const theme of themes) {
    const score = similarity(label, theme.name);
    if (score >= THEME_SIMILARITY && (!best || score > best.score)) best = { theme, score };
  }
  return best ? { theme: best.theme, exact: false } : null;
}
