import { CATALOGUE_SORTS, defaultSort, type CatalogueFilters } from "@/lib/schemas/catalogue";

/**
 * The order of the results, beside them, sent with the filters' form (`form` attribute).
 * Relevance is offered only with words to search. The default order is sent empty (and so
 * left out of the address): new words then get relevance. Without JavaScript, a "Trier" button sends it.
 */
export function SortSelect({ form, filters }: { form: string; filters: CatalogueFilters }) {
  const sorts = CATALOGUE_SORTS.filter((s) => s.value !== "pertinence" || filters.q);
  const valueOf = (sort: string) => (sort === defaultSort(filters.q) ? "" : sort);
  return (
    <div className="no-print flex items-center gap-2 text-sm">
      <label htmlFor="tri" className="font-semibold">
        Trier par
      </label>
      <select id="tri" name="tri" form={form} defaultValue={valueOf(filters.sort)} className="min-h-11 rounded border border-muted bg-white px-2">
        {sorts.map((sort) => (
          <option key={sort.value} value={valueOf(sort.value)}>
            {sort.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" form={form} className="min-h-11 rounded border border-muted bg-white px-3">
          Trier
        </button>
      </noscript>
    </div>
  );
}
