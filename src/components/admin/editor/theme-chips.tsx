"use client";

/**
 * An item's themes as toggle chips: real checkboxes (so they post, and a screen reader
 * reads them as such) in pill-shaped labels, several per line instead of one per line.
 */
export function ThemeChips({
  name,
  themes,
  selected,
  onChange,
}: {
  name: string;
  themes: { id: string; name: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
}) {
  return (
    <fieldset className="mt-2">
      <legend className="text-sm font-semibold">Thèmes</legend>
      <div className="mt-1 flex flex-wrap gap-1.5">
        {themes.map((theme) => (
          <label
            key={theme.id}
            className="inline-flex min-h-7 cursor-pointer items-center gap-1.5 rounded-full border border-muted bg-white px-2 py-0.5 text-[0.8125rem] leading-tight has-checked:border-accent-dark has-checked:bg-accent-dark has-checked:text-white has-focus-visible:outline-2 has-focus-visible:outline-offset-2"
          >
            <input
              type="checkbox"
              name={name}
              value={theme.id}
              checked={selected.includes(theme.id)}
              onChange={(e) => onChange(e.target.checked ? [...selected, theme.id] : selected.filter((t) => t !== theme.id))}
              className="size-4 accent-white"
            />
            {theme.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
