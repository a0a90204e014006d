"use server";

import { redirect } from "next/navigation";
import type { ImportState } from "@/lib/import/import-state";
import { correctionsFromForm, ImportFormSchema } from "@/lib/schemas/import-form";
import { formAction } from "@/server/actions/form-action";
import { importCompteRendu, previewCompteRendu } from "@/server/import/import-compte-rendu";

/**
 * Previews a compte rendu (pasted, or uploaded as Markdown, text, .docx, .odt or PDF) or creates
 * it as a new draft. An upload is read and parsed in one worker; its converted text comes back
 * into the form. The roles the organiser gives the headings in the preview are corrections, kept
 * with the draft and applied again to the same text.
 */
export const importAction = formAction<[], typeof ImportFormSchema, ImportState>(
  { access: "organiser", schema: ImportFormSchema, invalidMessage: "L'import n'a pas été fait : corrigez les champs signalés." },
  async ({ actor, input, values, formData }) => {
    const { intent, city, date, organisers } = input;
    const file = formData.get("fichier");
    const upload = file instanceof File && file.size > 0 ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null;
    const sourceName = upload ? upload.name.slice(0, 200) : (input.sourceName ?? undefined);
    if (!upload && !input.source.trim())
      return { ok: false, fieldErrors: { source: ["Collez le texte du compte rendu ou choisissez un fichier."] }, values };
    // A new file starts over: the roles of the previous document's headings do not apply to it.
    const corrections = upload ? null : correctionsFromForm(formData);
    const options = { city: city ?? undefined, date: date ?? undefined, organisers, sourceName, corrections: corrections ?? undefined };
    const source = upload ?? input.source;

    if (intent === "apercu") {
      const outcome = await previewCompteRendu(actor, source, options);
      if (outcome.text === null && !outcome.ok) return { ok: false, fieldErrors: { fichier: [outcome.error] }, values };
      const read = {
        outline: outcome.outline,
        warnings: outcome.warnings,
        corrections: outcome.corrections,
        isStored: outcome.isStored,
        values: { ...values, source: outcome.text ?? input.source, sourceName: sourceName ?? "" },
      };
      if (!outcome.ok) {
        return {
          ...read,
          ok: false,
          message: `Ce texte ne peut pas être importé : ${outcome.error}`,
          missing: { city: /^Ville introuvable/.test(outcome.error), date: false },
        };
      }
      const missing = { city: false, date: outcome.warnings.some((w) => w.code === "no-date") };
      return { ...read, ok: true, preview: outcome.preview, similarThemes: outcome.similarThemes, existing: outcome.existing, missing };
    }
    const outcome = await importCompteRendu(actor, source, { ...options, asNew: true });
    if (!outcome.ok) return { ok: false, message: `Rien n'a été créé : ${outcome.error}`, warnings: outcome.warnings, values };
    redirect(`/admin/rencontres/${outcome.summary.rencontreId}?importee=1`);
  },
);
