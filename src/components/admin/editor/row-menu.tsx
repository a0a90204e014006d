"use client";

import { useRef } from "react";

const ITEM = "block min-h-11 w-full px-3 py-2 text-left text-sm hover:bg-paper disabled:opacity-50";

/**
 * A row's move and remove actions behind one small button, so that a phone shows one
 * control per row instead of three. Each action closes the menu.
 */
export function RowMenu({
  name,
  removeLabel,
  isFirst,
  isLast,
  onMove,
  onRemove,
}: {
  /** The row as a screen reader names it: "piste 2". */
  name: string;
  removeLabel: string;
  isFirst: boolean;
  isLast: boolean;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const menu = useRef<HTMLDetailsElement>(null);
  const run = (action: () => void) => () => {
    action();
    if (menu.current) menu.current.open = false;
  };
  const suffix = <span className="sr-only"> ({name})</span>;
  return (
    <details ref={menu} className="relative">
      <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center rounded border border-muted bg-white px-3 text-sm">
        <span aria-hidden="true">⋯</span>
        <span className="sr-only">Déplacer ou supprimer ({name})</span>
      </summary>
      <div className="absolute right-0 z-10 mt-1 w-56 rounded border border-muted bg-white shadow-lg">
        <button type="button" className={ITEM} disabled={isFirst} onClick={run(() => onMove(-1))}>
          ↑ Monter{suffix}
        </button>
        <button type="button" className={ITEM} disabled={isLast} onClick={run(() => onMove(1))}>
          ↓ Descendre{suffix}
        </button>
        <button type="button" className={`${ITEM} border-t border-line text-accent-dark`} onClick={run(onRemove)}>
          {removeLabel}
          {suffix}
        </button>
      </div>
    </details>
  );
}
