"use client";

import { useActionState } from "react";
import { ImportContents } from "@/components/admin/import/import-contents";
import { ImportOutline } from "@/components/admin/import/import-outline";
import { ImportWarnings } from "@/components/admin/import/import-warnings";
import { controlProps, Field, FieldFrame, FormMessage, TextArea } from "@/components/ui/field";
import type { ImportState } from "@/lib/import/import-state";
import { IMPORT_FILE_TYPES } from "@/lib/schemas/import-form";
import { formatDate, plural } from "@/lib/text/format";
import { Button } from "@/components/ui/button";
import { CountsTable } from "@/components/ui/counts-table";

type ImportAction = (state: ImportState, formData: FormData) => Promise<ImportState>;

/**
 * Paste or upload a compte rendu, preview what the importer read (every heading with its role,
 * the tables and their items, the warnings), correct the roles or the text, then create the
 * rencontre as a draft.
 */
export function ImportForm({ action }: { action: ImportAction }) {
  const [state, formAction, pending] = useActionState(action, { ok: false } as ImportState);
  const value = (name: string) => state.values?.[name] ?? "";
  const errors = (name: string) => state.fieldErrors?.[name];
  const preview = state.preview;
  const warnings = state.warnings ?? [];
  const corrected = Object.keys(state.corrections?.headings ?? {}).length;
  const askCityOrDate = state.missing?.city || state.missing?.date || value("city") !== "" || value("date") !== "";
  // While warnings remain, previewing again is the expected next step; creating the draft is the secondary one.
  const createFirst = preview !== undefined && warnings.length === 0;
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage state={state} />
      <FieldFrame
        name="fichier"
        label="Fichier du compte rendu (facultatif)"
        hint="Word (.docx), LibreOffice (.odt), PDF, Markdown (.md) ou texte (.txt), 2 Mo au plus. Son texte remplace celui de la zone ci-dessous."
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
        hint="Collez le compte rendu ici, ou choisissez un fichier. L’aperçu montre comment chaque titre a été lu ; vous pouvez en corriger le rôle sans toucher au texte."
        defaultValue={value("source")}
        errors={errors("source")}
        key={`source-${state.values?.source?.length ?? 0}-${state.preview ? "p" : "n"}`}
      />
      {askCityOrDate ? (
        <fieldset className="rounded-lg border border-line p-4">
          <legend className="px-1 font-semibold">Ce que le document ne dit pas</legend>
          <p className="text-sm text-muted">
            {state.missing?.city ? "Le document ne dit pas dans quelle ville la rencontre a eu lieu. " : ""}
            {state.missing?.date ? "Il ne dit pas à quelle date. " : ""}
            Donnez-les ici, puis prévisualisez de nouveau.
          </p>
          <div className="mt-2 grid gap-4 sm:grid-cols-2">
            <Field name="city" label="Ville" maxLength={120} defaultValue={value("city")} errors={errors("city")} />
            <Field name="date" label="Date" type="date" defaultValue={value("date")} errors={errors("date")} />
          </div>
        </fieldset>
      ) : null}
      <Field
        name="organisers"
        label="Organisations organisatrices (facultatif)"
        hint="Séparées par des virgules : un compte rendu les nomme rarement."
        maxLength={2000}
        defaultValue={value("organisers")}
        errors={errors("organisers")}
      />
      <div className="flex flex-wrap gap-3">
        <Button variant={createFirst ? "secondary" : "primary"} type="submit" name="intent" value="apercu" disabled={pending}>
          {pending ? "Lecture…" : preview || state.outline ? "Prévisualiser de nouveau" : "Prévisualiser"}
        </Button>
        {preview ? (
          <Button variant={createFirst ? "primary" : "secondary"} type="submit" name="intent" value="creer" disabled={pending}>
            Créer le brouillon
          </Button>
        ) : null}
      </div>
      {state.isStored && corrected > 0 ? (
        <p className="rounded border border-line bg-highlight/40 p-2">
          Ce texte a déjà été importé&nbsp;: les {plural(corrected, "correction")} de rôle faites alors sont appliquées ci-dessous.
        </p>
      ) : null}
      {warnings.length > 0 ? <ImportWarnings warnings={warnings} /> : null}
      {preview ? (
        <section aria-labelledby="titre-apercu" className="rounded-lg border border-line bg-white p-4">
          <h2 id="titre-apercu" className="text-xl font-bold">
            Aperçu&nbsp;: {preview.title}
          </h2>
          <p className="mt-1">
            {preview.city}
            {preview.date ? `, ${formatDate(new Date(`${preview.date}T00:00:00Z`))}` : ", date non trouvée"} ·{" "}
            {plural(preview.tables.length, "table")} · {plural(preview.totals.participants, "participant·e", "participant·es")} ·{" "}
            {plural(preview.totals.objectives, "objectif")} · {plural(preview.totals.examples, "exemple")} · {plural(preview.totals.ideas, "piste")} ·{" "}
            {plural(preview.totals.consolidatedObjectives, "objectif consolidé", "objectifs consolidés")} · table ronde&nbsp;:{" "}
            {plural(preview.moderators + preview.panelists, "intervenant·e", "intervenant·es")}
          </p>
          {state.existing ? (
            <p className="mt-2 rounded border border-line bg-highlight/40 p-2">
              Ce compte rendu a déjà été importé&nbsp;: «&#8239;{state.existing.title}&#8239;» ({state.existing.city}). La création fera un second
              brouillon, distinct&#8239;; la rencontre existante ne change pas.
            </p>
          ) : null}
          <CountsTable rows={preview.tables.map((t) => ({ ...t, label: t.number }))} label="Tables lues" isCompact className="mt-3" />
          <ImportContents contents={preview.contents} />
          {preview.themes.length > 0 ? <p className="mt-3">Thèmes des pistes&nbsp;: {preview.themes.join(", ")}.</p> : null}
          {state.similarThemes && state.similarThemes.length > 0 ? (
            <fieldset className="mt-3 rounded border border-line p-3">
              <legend className="px-1 font-semibold">Thèmes proches de thèmes existants</legend>
              <p className="text-sm text-muted">L&rsquo;import les traite comme le thème existant. Cochez pour en faire un thème à part.</p>
              <ul className="mt-2 space-y-2">
                {state.similarThemes.map(({ label, theme }) => (
                  <li key={label}>
                    <label className="flex items-start gap-2">
                      <input
                        type="checkbox"
                        name="theme-a-part"
                        value={label}
                        defaultChecked={state.corrections?.separateThemes.includes(label)}
                        className="mt-1 size-5"
                      />
                      <span>
                        «&#8239;{label}&#8239;» ressemble à «&#8239;{theme.name}&#8239;»&nbsp;: en faire un thème distinct
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ) : null}
          <p className="mt-3 text-sm text-muted">Le brouillon reste invisible du public jusqu&rsquo;à sa publication.</p>
        </section>
      ) : null}
      {state.outline && state.outline.length > 0 ? <ImportOutline outline={state.outline} /> : null}
    </form>
  );
}
