"use server";

import { redirect } from "next/navigation";
import { formValues } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import type { ImportState } from "@/lib/import/import-state";
import { ImportFormSchema } from "@/lib/schemas/import-form";
import { importCompteRenduText, previewCompteRendu } from "@/server/import/import-compte-rendu";
import { sourceTextOf } from "@/server/import/source-text";
import { actorOf, getSessionUser } from "@/server/session";
import { dataErrorState, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";

/**
 * Previews a compte rendu (pasted, or uploaded as Markdown, text or .docx) or creates it
 * as a new draft. The converted text comes back into the form, so that the organiser can
 * fix what the warnings point at and preview again. Admins only (the data layer checks it too).
 */
export const importAction = guardDatabase(async function importAction(_prev: ImportState, formData: FormData): Promise<ImportState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const form = parseForm(ImportFormSchema, formData, values, "L'import n'a pas été fait : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  const { intent, city, date, organisers } = form.data;
  let source = form.data.source;
  let sourceName = form.data.sourceName ?? undefined;
  const file = formData.get("fichier");
  if (file instanceof File && file.size > 0) {
    const read = await sourceTextOf({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    if (!read.ok) return { ok: false, fieldErrors: { fichier: [read.error] }, values };
    source = read.text;
    sourceName = file.name.slice(0, 200);
    values.source = source;
  }
  if (!source.trim()) {
    return { ok: false, fieldErrors: { source: ["Collez le texte du compte rendu ou choisissez un fichier."] }, values };
  }
  const options = { city: city ?? undefined, date: date ?? undefined, organisers, sourceName };
  const actor = actorOf(user);
  if (intent === "apercu") {
    try {
      const outcome = await previewCompteRendu(actor, source, options);
      if (!outcome.ok) return { ok: false, message: `Ce texte ne peut pas être importé : ${outcome.error}`, warnings: outcome.warnings, values };
      return { ok: true, preview: outcome.preview, warnings: outcome.warnings, existing: outcome.existing, values: { ...values, sourceName: sourceName ?? "" } };
    } catch (error) {
      return dataErrorState(error, values);
    }
  }
  let rencontreId: string;
  try {
    const outcome = await importCompteRenduText(actor, source, { ...options, asNew: true });
    if (!outcome.ok) return { ok: false, message: `Rien n'a été créé : ${outcome.error}`, warnings: outcome.warnings, values };
    rencontreId = outcome.summary.rencontreId;
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/rencontres/${rencontreId}?importee=1`);
});
