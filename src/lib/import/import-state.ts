import type { ActionState } from "@/lib/forms/action-state";
import type { ImportCorrections, OutlineEntry } from "./outline";
import type { CompteRenduPreview } from "./preview";
import type { ImportWarning } from "./warnings";

/** A synthesis label that is not an existing theme's name but looks like one. */
export type SimilarTheme = { label: string; theme: { name: string; slug: string } };

/** The import form's state: the usual form state, plus what the import read of the document. */
export type ImportState = ActionState & {
  preview?: CompteRenduPreview;
  warnings?: ImportWarning[];
  /** Every heading with its role, also when the document is refused (to give the roles it lacks). */
  outline?: OutlineEntry[];
  similarThemes?: SimilarTheme[];
  corrections?: ImportCorrections;
  /** The corrections came from an earlier import of the same text. */
  isStored?: boolean;
  /** What the document does not say and the organiser must give. */
  missing?: { city: boolean; date: boolean };
  /** A rencontre an earlier import of the same document produced. */
  existing?: { id: string; title: string; city: string } | null;
};
