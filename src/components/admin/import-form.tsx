"use client";

import { useActionState } from "react";
import { controlProps, Field, FieldFrame, FormMessage, TextArea } from "@/components/ui/field";
import type { ImportState } from "@/lib/import/import-state";
import { IMPORT_FILE_TYPES } from "@/lib/schemas/import-form";
import { formatDate, plural } from "@/lib/text/format";
import { Button } from "@/components/ui/button";
import { CountsTable } from "@/components/ui/counts-table";

type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

/**
 * Paste or upload a compte rendu, preview what the importer reads with its warnings, fix the
 * text if needed, then create the rencontre as a draft.
 */
export function ImportForm({ action }: { action: ImportAction }) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as ImportState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const preview = state.preview;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <FieldFrame
        name="fichier"
        label="Fichier du compte rendu (facultatif)"
        hint="Word (.docx), Markdown (.md) ou texte (.txt), 2 Mo au plus. Son texte remplace celui de la zone ci-dessous."
        errors={errors("fichier")}
      >
        <input type="file" accept={IMPORT_FILE_TYPES} {...controlProps("fichier", errors("fichier"), "aide")} />
      </FieldFrame>
      <input type="hidden" name="sourceName" value={value("sourceName")} />
      <TextArea
        name="source"
        label="Texte du compte rendu"
        rows={14}
        className="font-mono text-sm"
        hint="Collez le compte rendu ici, ou choisissez un fichier. Après l'aperçu, corrigez le texte si les avertissements le demandent, puis prévisualisez de nouveau."
        defaultValue={value("source")}
        errors={errors("source")}
        key={`source-${state.values?.source?.length ?? 0}-${state.preview ? "p" : "n"}`}
      />
      <fieldset className="rounded-lg border border-line p-4">
        <legend className="px-1 font-semibold">Ce que le document ne dit pas (facultatif)</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="city" label="Ville" maxLength={120} defaultValue={value("city")} errors={errors("city")} />
          <Field name="date" label="Date" type="date" defaultValue={value("date")} errors={errors("date")} />
        </div>
        <div className="mt-4">
          <Field
            name="organisers"
            label="Organisations organisatrices"
            hint="Séparées par des virgules."
            maxLength={2000}
            defaultValue={value("organisers")}
            errors={errors("organisers")}
          />
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <Button variant="danger" type="submit" name="intent" value="apercu" disabled={pending}>
          {pending ? "Lecture…" : "Prévisualiser"}
        </Button>
        {preview ? (
          <Button type="submit" name="intent" value="creer" disabled={pending}>
            Créer le brouillon
          </Button>
        ) : null}
      </div>
      {state.warnings && state.warnings.length > 0 ? (
        <section aria-labelledby="titre-avertissements" className="rounded-lg border border-accent-dark bg-white p-4">
          <h2 id="titre-avertissements" className="text-xl font-bold">
            {plural(state.warnings.length, "avertissement")} de l&rsquo;import
          </h2>
          <p className="mt-1 text-sm text-muted">
            Ce que l&rsquo;import a lu sans certitude. Corrigez le texte ci-dessus, ou acceptez en créant le brouillon.
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {state.warnings.map((warning, i) => (
              <li key={i}>{warning}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {preview ? (
        <section aria-labelledby="titre-apercu" className="rounded-lg border border-line bg-white p-4">
          <h2 id="titre-apercu" className="text-xl font-bold">
            Aperçu : {preview.title}
          </h2>
          <p className="mt-1">
            {preview.city}
            {preview.date ? `, ${formatDate(new Date(`${preview.date}T00:00:00Z`))}` : ", date non trouvée"} ·{" "}
            {plural(preview.tables.length, "table")} · {plural(preview.totals.participants, "participant·e", "participant·es")} ·{" "}
            {plural(preview.totals.objectives, "objectif")} · {plural(preview.totals.examples, "exemple")} · {plural(preview.totals.ideas, "piste")} ·{" "}
            {plural(preview.totals.consolidatedObjectives, "objectif consolidé", "objectifs consolidés")} · table ronde :{" "}
            {plural(preview.moderators + preview.panelists, "intervenant·e", "intervenant·es")}
          </p>
          {state.existing ? (
            <p className="mt-2 rounded border border-line bg-highlight/40 p-2">
              Ce compte rendu a déjà été importé : « {state.existing.title} » ({state.existing.city}). La création fera un second brouillon, distinct
              ; la rencontre existante ne change pas.
            </p>
          ) : null}
          <CountsTable rows={preview.tables.map((t) => ({ ...t, label: t.number }))} label="Tables lues" isCompact className="mt-3" />
          {preview.themes.length > 0 ? <p className="mt-3">Thèmes des pistes : {preview.themes.join(", ")}.</p> : null}
          <p className="mt-3 text-sm text-muted">Le brouillon reste invisible du public jusqu&rsquo;à sa publication.</p>
        </section>
      ) : null}
    </form>
  );
}
