/** A fieldset of radio buttons with its legend and its error, announced the way Field announces one. */
export function RadioGroup({
  name,
  legend,
  options,
  checked,
  errors,
  isTwoColumns,
}: {
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  checked: string;
  errors?: string[];
  isTwoColumns?: boolean;
}) {
  const errorId = `champ-${name}-erreur`;
  return (
    <fieldset aria-describedby={errorId}>
      <legend className="font-semibold">{legend}</legend>
      <ul className={isTwoColumns ? "mt-1 grid gap-1 sm:grid-cols-2" : "mt-1 space-y-1"}>
        {options.map((option) => (
          <li key={option.value}>
            <label className="flex min-h-11 items-center gap-3">
              <input type="radio" name={name} value={option.value} defaultChecked={checked === option.value} className="h-5 w-5" />
              <span>{option.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <p id={errorId} aria-live="polite" className="mt-1 text-sm font-semibold text-accent-dark">
        {errors?.join(" ")}
      </p>
    </fieldset>
  );
}
