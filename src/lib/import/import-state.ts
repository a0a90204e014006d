import type { ActionState } from "@/lib/forms/action-state";
import type { CompteRenduPreview } from "./preview";

/** The import form's state: the usual form state, plus the preview of what would be created. */
export type ImportState = ActionState & {
  preview?: CompteRenduPreview;
  warnings?: string[];
  /** A rencontre an earlier import of the same document produced. */
  existing?: { id: string; title: string; city: string } | null;
};
