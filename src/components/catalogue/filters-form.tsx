import { IDEA_STATUSES, type CatalogueFilters } from "@/lib/schemas/catalogue";
import { RENCONTRE_FACET_SIZE, type CatalogueResult } from "@/server/data/search/search-items";
import { Button } from "@/components/ui/button";
import { AutoSubmit } from "./auto-submit";
import { frenchTypography } from "@/lib/text/typography";

/**
 * The catalogue's filters: a plain GET form, so it works without JavaScript and the URL says
 * it all. It sends to the results ("#resultats"), which come first on a phone. Every theme
 * stays offered with its count, zero included, so that a second one can be added.
 */
export function FiltersForm({
  id,
  action,
  filters,
  facets,
  showStatus,
  showThemes,
}: {
  id: string;
  action: string;
  filters: CatalogueFilters;
  facets: CatalogueResult["facets"];
  showStatus: boolean;
  showThemes: boolean;
}) {
  const statusCount = (value: string) => facets.statut.find((s) => s.value === value)?.count ?? 0;
  return (
    <form
      id={id}
      action={`${action}#resultats`}
      method="get"
      role="search"
      aria-label="Filtrer le catalogue"
      className="space-y-5 rounded-lg border border-line bg-white p-4"
    >
      <AutoSubmit form={id} />
      <div>
        <label htmlFor="q" className="block font-semibold">
          Mots recherchés
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={filters.q}
          maxLength={200}
          className="mt-1 min-h-11 w-full rounded border border-muted px-3 py-2"
          aria-describedby="q-aide"
        />
        <p id="q-aide" className="mt-1 text-sm text-muted">
          Sans accents ni majuscules s’il le faut&nbsp;: «&#8239;equipe&#8239;» trouve «&#8239;équipe&#8239;».
        </p>
      </div>

      {showThemes ? (
        <fieldset>
          <legend className="font-semibold">Thèmes</legend>
          <ul className="mt-1 space-y-1">
            {facets.theme.map((theme) => (
              <li key={theme.value}>
                <FacetCheckbox name="theme" value={theme.value} label={frenchTypography(theme.label)} count={theme.count} checked={theme.selected} />
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      {showStatus ? (
        <fieldset>
          <legend className="font-semibold">Statut</legend>
          <ul className="mt-1 space-y-1">
            {IDEA_STATUSES.map((status) => (
              <li key={status.value}>
                <FacetCheckbox
                  name="statut"
                  value={status.param}
                  label={status.label}
                  count={statusCount(status.value)}
                  checked={filters.statuses.includes(status.value)}
                />
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}

      <FacetSelect id="ville" label="Ville" all="Toutes les villes" values={facets.ville} />
      <FacetSelect
        id="rencontre"
        label="Rencontre"
        all="Toutes les rencontres"
        values={facets.rencontre}
        note={
          facets.rencontre.length >= RENCONTRE_FACET_SIZE ? "Les plus récentes ; les autres se filtrent depuis la page de leur rencontre." : undefined
        }
      />
      <FacetSelect id="annee" label="Année" all="Toutes les années" values={facets.annee ?? []} />
      <FacetSelect id="organisation" label="Organisation" all="Toutes les organisations" values={facets.organisation} />

      <Button type="submit">Filtrer</Button>
    </form>
  );
}

/** One value of a facet, with its count. A value with no result stays reachable (a second theme widens the search), only quieter. */
function FacetCheckbox({ name, value, label, count, checked }: { name: string; value: string; label: string; count: number; checked: boolean }) {
  return (
    <label className={`flex min-h-6 items-start gap-2 ${count === 0 && !checked ? "text-muted" : ""}`}>
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="mt-1 h-5 w-5 shrink-0" />
      <span>
        {label} <span className="text-muted">({count})</span>
      </span>
    </label>
  );
}

function FacetSelect({
  id,
  label,
  all,
  values,
  note,
}: {
  id: string;
  label: string;
  all: string;
  values: CatalogueResult["facets"]["ville"];
  note?: string;
}) {
  // No empty block: a facet with nothing to choose is left out.
  if (values.length === 0) return null;
  const selected = values.find((v) => v.selected)?.value ?? "";
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={id}
        defaultValue={selected}
        aria-describedby={note ? `${id}-note` : undefined}
        className="mt-1 min-h-11 w-full rounded border border-muted bg-white px-2 py-2"
      >
        <option value="">{all}</option>
        {values.map((v) => (
          <option key={v.value} value={v.value}>
            {frenchTypography(v.label)} ({v.count})
          </option>
        ))}
      </select>
      {note ? (
        <p id={`${id}-note`} className="mt-1 text-sm text-muted">
          {note}
        </p>
      ) : null}
    </div>
  );
}
