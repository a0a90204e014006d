import { frenchTypography } from "@/lib/text/typography";

export type ContentsEntry = { id: string; label: string; children?: { id: string; label: string }[] };

/** The contents of a compte rendu, one column so it reads in order; tables nested under their section. */
function ContentsList({ entries }: { entries: ContentsEntry[] }) {
  return (
    <ol className="mt-2 list-decimal space-y-1 pl-6">
      {entries.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} className="block py-0.5">
            {entry.label}
          </a>
          {entry.children && entry.children.length > 0 ? (
            <ul className="mt-1 space-y-1 pl-1 text-sm">
              {entry.children.map((child) => (
                <li key={child.id}>
                  <a href={`#${child.id}`} className="block py-0.5">
                    {frenchTypography(child.label)}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

/**
 * The jump menu of a phone, near the top: a <details> that opens without JavaScript.
 * Hidden from 1024 px, where the sticky contents take over.
 */
export function RencontreJumpMenu({ entries }: { entries: ContentsEntry[] }) {
  return (
    <details className="rencontre-jump no-print mt-6 rounded-lg border border-line bg-white px-4 py-2">
      <summary className="flex min-h-11 cursor-pointer items-center font-serif text-lg font-bold">Sommaire</summary>
      <nav aria-label="Sommaire du compte rendu" className="pb-2">
        <ContentsList entries={entries} />
      </nav>
    </details>
  );
}

/** The contents beside the text from 1024 px, sticky while one reads; hidden on a phone. */
export function RencontreContents({ entries }: { entries: ContentsEntry[] }) {
  return (
    <aside className="rencontre-contents no-print">
      <nav aria-label="Sommaire du compte rendu" className="rounded-lg border border-line bg-white p-4 text-sm">
        <h2 className="font-serif text-lg font-bold">Sommaire</h2>
        <ContentsList entries={entries} />
        <p className="mt-3">
          <a href="#haut" className="back-to-top">
            Haut de page ↑
          </a>
        </p>
      </nav>
    </aside>
  );
}

/** The link at the end of each long section back to the top of the page. */
export function BackToTop() {
  return (
    <p className="no-print mt-4 text-sm">
      <a href="#haut" className="back-to-top">
        Haut de page ↑
      </a>
    </p>
  );
}
