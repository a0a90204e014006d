"use server";

import { redirect } from "next/navigation";
import type { ImportState } from "@/lib/import/import-state";
import { ImportFormSchema } from "@/lib/schemas/import-form";
import { formAction } from "@/server/actions/form-action";
import { importCompteRenduText, previewCompteRendu, readUploadedSource } from "@/server/import/import-compte-rendu";

/**
 * Previews a compte rendu (pasted, or uploaded as Markdown, text, .docx or .odt) or creates it
 * as a new draft. The converted text comes back into the form, so that the organiser can
 * fix what the warnings point at and preview again.
 */
export const importAction = formAction<[], typeof ImportFormSchema, ImportState>(
  { access: "organiser", schema: ImportFormSchema, invalidMessage: "L'import n'a pas été fait : corrigez les champs signalés." },
  async ({ actor, input, values, formData }) => {
    const { intent, city, date, organisers } = input;
    let source = input.source;
    let sourceName = input.sourceName ?? undefined;
    const file = formData.get("fichier");
    if (file instanceof File && file.size > 0) {
      const read = await readUploadedSource({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
      if (!read.ok) return { ok: false, fieldErrors: { fichier: [read.error] }, values };
      source = read.text;
      sourceName = file.name.slice(0, 200);
      values.source = source;
    }
    if (!source.trim()) return { ok: false, fieldErrors: { source: ["Collez le texte du compte rendu ou choisissez un fichier."] }, values };
    const options = { city: city ?? undefined, date: date ?? undefined, organisers, sourceName };
    if (intent === "apercu") {
      const outcome = await previewCompteRendu(actor, source, options);
      if (!outcome.ok) return { ok: false, message: `Ce texte ne peut pas être importé : ${outcome.error}`, warnings: outcome.warnings, values };
      return {
        ok: true,
        preview: outcome.preview,
        warnings: outcome.warnings,
        existing: outcome.existing,
        values: { ...values, sourceName: sourceName ?? "" },
      };
    }
    const outcome = await importCompteRenduText(actor, source, { ...options, asNew: true });
    if (!outcome.ok) return { ok: false, message: `Rien n'a été créé : ${outcome.error}`, warnings: outcome.warnings, values };
    redirect(`/admin/rencontres/${outcome.summary.rencontreId}?importee=1`);
  },
);
