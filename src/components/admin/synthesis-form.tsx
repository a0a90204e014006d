"use client";

import { useActionState, useState } from "react";
import { controlProps, FieldFrame } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { SPEAKER_ROLE_LABELS } from "@/lib/schemas/synthesis-form";
import { ListForm, ListSection, RowField, useRows } from "./list-editor";

type Speaker = { name: string; organisation: string; role: "MODERATOR" | "PANELIST" };
type Consolidated = { id?: string; text: string; linkedObjectives?: number };
type ThemeGroup = { id?: string; theme: string; entries: string };
export type SynthesisFormData = {
  version: number;
  synthesisObjectives: string;
  synthesisExamplesIntro: string;
  synthesisIdeasIntro: string;
  speakers: Speaker[];
  consolidated: Consolidated[];
  themeGroups: ThemeGroup[];
};

/**
 * The round table's speakers and the general synthesis (consolidated objectives, the ideas
 * grouped by theme) in one form. Every value lives in React state: a refused save leaves
 * everything typed on screen.
 */
export function SynthesisForm({
  action,
  synthesis,
  themes,
}: {
  action: FormAction;
  synthesis: SynthesisFormData;
  themes: { id: string; name: string }[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = (name: string) => state.fieldErrors?.[name];
  const speakers = useRows<Speaker>(synthesis.speakers);
  const consolidated = useRows<Consolidated>(synthesis.consolidated);
  const groups = useRows<ThemeGroup>(synthesis.themeGroups);
  const [texts, setTexts] = useState({
    synthesisObjectives: synthesis.synthesisObjectives,
    synthesisExamplesIntro: synthesis.synthesisExamplesIntro,
    synthesisIdeasIntro: synthesis.synthesisIdeasIntro,
  });
  const textField = (name: keyof typeof texts, label: string) => (
    <RowField
      name={name}
      label={label}
      value={texts[name]}
      multiline
      rows={4}
      onChange={(value) => setTexts((t) => ({ ...t, [name]: value }))}
      errors={errors(name)}
    />
  );

  return (
    <ListForm
      state={state}
      formAction={formAction}
      pending={pending}
      version={synthesis.version}
      submitLabel="Enregistrer la table ronde et la synthèse"
    >
      <ListSection
        title="Table ronde : intervenant·es"
        description="Animation et intervention ; une personne déjà connue (même nom) est reprise, une organisation aussi."
        rows={speakers.rows}
        itemLabel="intervenant·e"
        addLabel="Ajouter un·e intervenant·e"
        error={errors("speakers")}
        onAdd={() => speakers.add({ name: "", organisation: "", role: "PANELIST" })}
        onMove={speakers.move}
        onRemove={speakers.remove}
        renderRow={(row, index) => (
          <div className="grid gap-2 sm:grid-cols-3">
            <RowField
              name={`speakers.${index}.name`}
              label={`Nom ${index + 1}`}
              value={row.name}
              onChange={(name) => speakers.update(index, { name })}
              errors={errors(`speakers.${index}.name`)}
            />
            <RowField
              name={`speakers.${index}.organisation`}
              label="Organisation (facultatif)"
              value={row.organisation}
              onChange={(organisation) => speakers.update(index, { organisation })}
              errors={errors(`speakers.${index}.organisation`)}
            />
            <FieldFrame name={`speakers.${index}.role`} label="Rôle" errors={errors(`speakers.${index}.role`)} small>
              <select
                {...controlProps(`speakers.${index}.role`, errors(`speakers.${index}.role`))}
                value={row.role}
                onChange={(e) => speakers.update(index, { role: e.target.value as Speaker["role"] })}
              >
                {Object.entries(SPEAKER_ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </FieldFrame>
          </div>
        )}
      />

      <section aria-labelledby="titre-objectifs-consolides" className="space-y-4 rounded-lg border border-line bg-white p-3 sm:p-4">
        <h2 id="titre-objectifs-consolides" className="text-xl font-bold">
          Synthèse générale&nbsp;: objectifs
        </h2>
        {textField("synthesisObjectives", "Introduction des objectifs")}
      </section>
      <ListSection
        title="Objectifs consolidés"
        description="Les objectifs communs à toutes les tables. Ceux que vous gardez restent liés aux objectifs des tables."
        rows={consolidated.rows}
        itemLabel="objectif consolidé"
        addLabel="Ajouter un objectif consolidé"
        error={errors("consolidated")}
        onAdd={() => consolidated.add({ text: "" })}
        onMove={consolidated.move}
        onRemove={consolidated.remove}
        renderRow={(row, index) => (
          <>
            {row.id ? <input type="hidden" name={`consolidated.${index}.id`} value={row.id} /> : null}
            <RowField
              name={`consolidated.${index}.text`}
              label={`Objectif consolidé ${index + 1}`}
              value={row.text}
              multiline
              hint={row.linkedObjectives ? `Lié à ${row.linkedObjectives} objectif${row.linkedObjectives > 1 ? "s" : ""} de tables.` : undefined}
              onChange={(text) => consolidated.update(index, { text })}
              errors={errors(`consolidated.${index}.text`)}
            />
          </>
        )}
      />

      <section aria-labelledby="titre-synthese-textes" className="space-y-4 rounded-lg border border-line bg-white p-3 sm:p-4">
        <h2 id="titre-synthese-textes" className="text-xl font-bold">
          Synthèse générale&nbsp;: exemples et pistes
        </h2>
        {textField("synthesisExamplesIntro", "Introduction des exemples")}
        {textField("synthesisIdeasIntro", "Introduction des pistes")}
      </section>
      <ListSection
        title="Pistes par thème"
        description="Un groupe par thème, ses pistes une par ligne. Une ligne gardée mot pour mot reste liée aux pistes des tables."
        rows={groups.rows}
        itemLabel="groupe"
        addLabel="Ajouter un thème"
        error={errors("themeGroups")}
        onAdd={() => groups.add({ theme: "", entries: "" })}
        onMove={groups.move}
        onRemove={groups.remove}
        renderRow={(row, index) => (
          <>
            {row.id ? <input type="hidden" name={`themeGroups.${index}.id`} value={row.id} /> : null}
            <FieldFrame
              name={`themeGroups.${index}.theme`}
              label={`Thème du groupe ${index + 1}`}
              errors={errors(`themeGroups.${index}.theme`)}
              small
            >
              <select
                {...controlProps(`themeGroups.${index}.theme`, errors(`themeGroups.${index}.theme`))}
                value={row.theme}
                onChange={(e) => groups.update(index, { theme: e.target.value })}
              >
                <option value="">Choisir un thème</option>
                {themes.map((theme) => (
                  <option key={theme.id} value={theme.id}>
                    {theme.name}
                  </option>
                ))}
              </select>
            </FieldFrame>
            <div className="mt-2">
              <RowField
                name={`themeGroups.${index}.entries`}
                label="Pistes (une par ligne)"
                value={row.entries}
                multiline
                rows={6}
                onChange={(entries) => groups.update(index, { entries })}
                errors={errors(`themeGroups.${index}.entries`)}
              />
            </div>
          </>
        )}
      />
    </ListForm>
  );
}
