"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";
import { RequiredNote } from "./required-note";
import { ThemeChips } from "./editor/theme-chips";
import { ListForm, ListSection, RowField, useRows } from "./list-editor";

type Participant = { id?: string; name: string; organisation: string; status: string };
type Objective = { id?: string; text: string };
type Item = { id?: string; text: string; themes: string[] };
export type TableFormData = {
  number: number;
  title: string;
  version: number;
  participants: Participant[];
  objectives: Objective[];
  examples: Item[];
  ideas: Item[];
};

const KEYWORD_HINT =
  "Mots-clés entre deux astérisques\u00a0: **vis ma vie**. Entrée\u00a0: élément suivant\u202f; Maj+Entrée\u00a0: retour à la ligne.";

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function ItemList({
  list,
  title,
  itemLabel,
  addLabel,
  removeLabel,
  initial,
  themes,
  errors,
}: {
  list: "examples" | "ideas";
  title: string;
  itemLabel: string;
  addLabel: string;
  removeLabel: string;
  initial: Item[];
  themes: { id: string; name: string }[];
  errors: (name: string) => string[] | undefined;
}) {
  const rows = useRows<Item>(initial);
  return (
    <ListSection
      title={title}
      rows={rows.rows}
      itemLabel={itemLabel}
      addLabel={addLabel}
      removeLabel={removeLabel}
      error={errors(list)}
      onAdd={() => rows.add({ text: "", themes: [] })}
      onMove={rows.move}
      onRemove={rows.remove}
      renderRow={(row, index, next) => (
        <>
          {row.id ? <input type="hidden" name={`${list}.${index}.id`} value={row.id} /> : null}
          <RowField
            name={`${list}.${index}.text`}
            label={`${capitalised(itemLabel)} ${index + 1}`}
            value={row.text}
            multiline
            rows={2}
            preview
            hint={index === 0 ? KEYWORD_HINT : undefined}
            onChange={(text) => rows.update(index, { text })}
            onEnter={next}
            errors={errors(`${list}.${index}.text`)}
          />
          <ThemeChips
            name={`${list}.${index}.themes`}
            themes={themes}
            selected={row.themes}
            onChange={(selected) => rows.update(index, { themes: selected })}
          />
          {list === "ideas" && row.id ? (
            <p className="mt-1 text-sm">
              <Link href={`/admin/pistes/${row.id}`}>Suivi de la piste {index + 1} (statut et notes datées)</Link>, après avoir enregistré la table.
            </p>
          ) : null}
        </>
      )}
    />
  );
}

/**
 * A whole table on one page, built for a phone: participants, objectives, examples and ideas,
 * each list collapsible, with add, move and remove; Enter in a row goes on to the next one. Every value lives in React state, so a refused save
 * (invalid field, someone else's newer version) leaves everything typed on screen.
 */
export function TableForm({
  action,
  table,
  themes,
  organisations,
}: {
  action: FormAction;
  table: TableFormData;
  themes: { id: string; name: string }[];
  organisations: string[];
}) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const errors = (name: string) => state.fieldErrors?.[name];
  const participants = useRows<Participant>(table.participants);
  const objectives = useRows<Objective>(table.objectives);
  const [number, setNumber] = useState(String(table.number));
  const [title, setTitle] = useState(table.title);

  return (
    <ListForm state={state} formAction={formAction} pending={pending} version={table.version} submitLabel="Enregistrer la table">
      <RequiredNote>Chaque ligne ajoutée se remplit (ou se supprime par son menu ⋯).</RequiredNote>
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <RowField name="number" label="Numéro (obligatoire)" value={number} onChange={setNumber} errors={errors("number")} />
        <RowField name="title" label="Titre (facultatif)" value={title} onChange={setTitle} errors={errors("title")} />
      </div>

      <datalist id="organisations-connues">
        {organisations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <ListSection
        title="Participant·es"
        description={
          "Une organisation (existante ou nouvelle, reconnue sans tenir compte des majuscules ni des accents) ou un statut («\u202fFreelance\u202f», «\u202fen recherche d’emploi\u202f»…). Entrée\u00a0: participant·e suivant·e."
        }
        rows={participants.rows}
        itemLabel="participant·e"
        addLabel="Ajouter un·e participant·e"
        removeLabel="Supprimer ce·tte participant·e"
        error={errors("participants")}
        onAdd={() => participants.add({ name: "", organisation: "", status: "" })}
        onMove={participants.move}
        onRemove={participants.remove}
        renderRow={(row, index, next) => (
          <div className="grid gap-2 sm:grid-cols-3">
            {row.id ? <input type="hidden" name={`participants.${index}.id`} value={row.id} /> : null}
            <RowField
              name={`participants.${index}.name`}
              label={`Nom ${index + 1}`}
              value={row.name}
              onChange={(name) => participants.update(index, { name })}
              onEnter={next}
              errors={errors(`participants.${index}.name`)}
            />
            <RowField
              name={`participants.${index}.organisation`}
              label="Organisation"
              list="organisations-connues"
              value={row.organisation}
              onChange={(organisation) => participants.update(index, { organisation })}
              onEnter={next}
              errors={errors(`participants.${index}.organisation`)}
            />
            <RowField
              name={`participants.${index}.status`}
              label="ou statut"
              value={row.status}
              onChange={(status) => participants.update(index, { status })}
              onEnter={next}
              errors={errors(`participants.${index}.status`)}
            />
          </div>
        )}
      />
      <ListSection
        title="Objectifs"
        rows={objectives.rows}
        itemLabel="objectif"
        addLabel="Ajouter un objectif"
        removeLabel="Supprimer cet objectif"
        error={errors("objectives")}
        onAdd={() => objectives.add({ text: "" })}
        onMove={objectives.move}
        onRemove={objectives.remove}
        renderRow={(row, index, next) => (
          <>
            {row.id ? <input type="hidden" name={`objectives.${index}.id`} value={row.id} /> : null}
            <RowField
              name={`objectives.${index}.text`}
              label={`Objectif ${index + 1}`}
              value={row.text}
              multiline
              rows={2}
              onChange={(text) => objectives.update(index, { text })}
              onEnter={next}
              errors={errors(`objectives.${index}.text`)}
            />
          </>
        )}
      />
      <ItemList
        list="examples"
        title="Exemples de collaboration"
        itemLabel="exemple"
        addLabel="Ajouter un exemple"
        removeLabel="Supprimer cet exemple"
        initial={table.examples}
        themes={themes}
        errors={errors}
      />
      <ItemList
        list="ideas"
        title="Pistes de future collaboration"
        itemLabel="piste"
        addLabel="Ajouter une piste"
        removeLabel="Supprimer cette piste"
        initial={table.ideas}
        themes={themes}
        errors={errors}
      />
    </ListForm>
  );
}
