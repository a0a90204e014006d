import { NO_THEME } from "@/lib/schemas/catalogue";

type ThemeValue = { value: string; count: number; selected: boolean };

/**
 * Whether the theme filter can apply to these results, so is shown: every theme stays offered,
 * zero counts included, except where no result carries any theme (the examples, so far): an
 * empty "Thèmes" block would only be noise. A chosen theme always stays, to be unticked.
 */
export function themesApply(themes: readonly ThemeValue[], total: number): boolean {
  if (themes.some((t) => t.selected)) return true;
  const real = themes.filter((t) => t.value !== NO_THEME);
  if (real.length === 0) return false;
  return total === 0 || real.some((t) => t.count > 0);
}
