/** A published rencontre as the observatory places it: its city, its year and its ideas. */
export type PlacedRencontre = { slug: string; city: string; cityKey: string; year: number | null; ideas: number };
/** A city of the published rencontres (its key is the catalogue's `ville` filter). */
export type ObservatoryCity = { key: string; name: string; ideas: number };
/** A year of the published rencontres; `rencontre` is its only rencontre's slug, when it has one only. */
export type ObservatoryYear = { year: number | null; ideas: number; rencontre: string | null };

export type Projections = {
  cities: ObservatoryCity[];
  years: ObservatoryYear[];
  /** Each row's counts per city (in the order of `cities`) and per year (in the order of `years`). */
  byCity: number[][];
  byYear: number[][];
};

/**
 * The cities (most ideas first, then by name) and the years (in the rencontres' order) of
 * `rencontres`, with each row's counts per rencontre (`byRencontre`, in the same order) summed
 * into them. With `year`, only that year's rencontres count: the theme × city grid of one year.
 * Linear in rencontres × rows.
 */
export function projectRencontres(rencontres: PlacedRencontre[], rows: { byRencontre: number[] }[], year?: number | null): Projections {
  const cities: ObservatoryCity[] = [];
  const years: ObservatoryYear[] = [];
  const cityAt = new Map<string, number>();
  const yearAt = new Map<number | null, number>();
  const kept = rencontres.flatMap((r, i) => (year === undefined || r.year === year ? [i] : []));
  const place = kept.map((i) => {
    const r = rencontres[i]!;
    let city = cityAt.get(r.cityKey);
    if (city === undefined) cityAt.set(r.cityKey, (city = cities.push({ key: r.cityKey, name: r.city, ideas: 0 }) - 1));
    cities[city]!.ideas += r.ideas;
    let at = yearAt.get(r.year);
    if (at === undefined) yearAt.set(r.year, (at = years.push({ year: r.year, ideas: 0, rencontre: r.slug }) - 1));
    else years[at]!.rencontre = null;
    years[at]!.ideas += r.ideas;
    return { rencontre: i, city, year: at };
  });
  const cityOrder = cities
    .map((_, i) => i)
    .sort((a, b) => cities[b]!.ideas - cities[a]!.ideas || cities[a]!.name.localeCompare(cities[b]!.name, "fr"));
  const byCity: number[][] = [];
  const byYear: number[][] = [];
  for (const row of rows) {
    const city = cities.map(() => 0);
    const perYear = years.map(() => 0);
    for (const p of place) {
      const n = row.byRencontre[p.rencontre] ?? 0;
      city[p.city]! += n;
      perYear[p.year]! += n;
    }
    byCity.push(cityOrder.map((i) => city[i]!));
    byYear.push(perYear);
  }
  return { cities: cityOrder.map((i) => cities[i]!), years, byCity, byYear };
}
