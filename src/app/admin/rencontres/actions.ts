"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { describeTableDifferences } from "@/lib/forms/table-changes";
import { DeleteConfirmSchema, EditorInviteSchema, RencontreFormSchema, RencontreUpdateSchema } from "@/lib/schemas/rencontre-form";
import { describeSynthesisDifferences } from "@/lib/forms/synthesis-changes";
import { SynthesisFormSchema } from "@/lib/schemas/synthesis-form";
import { NewTableSchema, TableFormSchema } from "@/lib/schemas/table-form";
import { formatDateTime } from "@/lib/text/format";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { getSynthesisForEdit, updateSynthesis } from "@/server/data/rencontres/synthesis";
import { findThemeOptions } from "@/server/data/themes/find-theme-options";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { deleteRencontre } from "@/server/data/rencontres/delete-rencontre";
import { updateRencontre } from "@/server/data/rencontres/update-rencontre";
import { createTable } from "@/server/data/tables/create-table";
import { deleteTable } from "@/server/data/tables/delete-table";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { updateTable } from "@/server/data/tables/update-table";
import { DataError } from "@/server/errors";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";

const INVALID_FORM = "Le formulaire contient des erreurs : voyez les champs signalés.";

export const createRencontreAction = guardDatabase(async function createRencontreAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const form = parseForm(RencontreFormSchema, formData, values, INVALID_FORM);
  if (!form.ok) return form.state;
  let id: string;
  try {
    id = (await createRencontre(actorOf(user), form.data)).id;
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/rencontres/${id}`);
});

export const updateRencontreAction = guardDatabase(async function updateRencontreAction(rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(rencontreId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(RencontreUpdateSchema, formData, values, INVALID_FORM);
  if (!form.ok) return form.state;
  try {
    const { version } = await updateRencontre(actorOf(user), id.data, form.data);
    return { ok: true, message: "Rencontre enregistrée.", values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      return { ok: false, message: `${error.message} Rechargez la page pour voir sa version ; votre saisie reste ci-dessous.`, values };
    }
    return dataErrorState(error, values);
  }
});

export const createTableAction = guardDatabase(async function createTableAction(rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(rencontreId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(NewTableSchema, formData, values);
  if (!form.ok) return form.state;
  let number: number;
  try {
    number = (await createTable(actorOf(user), id.data, form.data)).number;
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/rencontres/${id.data}/tables/${number}`);
});

export const updateTableAction = guardDatabase(async function updateTableAction(tableId: string, rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const ids = z.object({ tableId: BoundId, rencontreId: BoundId }).safeParse({ tableId, rencontreId });
  if (!ids.success) return { ...INVALID_ID, values };
  const form = parseForm(TableFormSchema, formData, values, "La table n'est pas enregistrée : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  const actor = actorOf(user);
  try {
    const { version } = await updateTable(actor, ids.data.tableId, form.data);
    return { ok: true, message: `Table ${form.data.number} enregistrée.`, values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      const saved = await getTableForEdit(actor, ids.data.rencontreId, { id: ids.data.tableId });
      if (saved) {
        return {
          ok: false,
          message: `${error.message} Votre saisie est conservée ci-dessous. Comparez, puis enregistrez de nouveau pour remplacer sa version par la vôtre.`,
          values,
          conflict: {
            version: saved.version,
            differences: describeTableDifferences(saved, form.data),
            lastChange: saved.lastChange ? `${saved.lastChange.actorLabel}, ${formatDateTime(saved.lastChange.at)}` : undefined,
          },
        };
      }
    }
    if (error instanceof DataError && error.code === "NOT_FOUND") {
      return {
        ok: false,
        message: "Cette table n'existe plus : elle a été supprimée pendant que vous la saisissiez. Votre saisie reste à l'écran : copiez ce que vous voulez garder, puis revenez à la rencontre.",
        values,
      };
    }
    return dataErrorState(error, values);
  }
});

export const deleteTableAction = guardDatabase(async function deleteTableAction(tableId: string, rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const ids = z.object({ tableId: BoundId, rencontreId: BoundId }).safeParse({ tableId, rencontreId });
  if (!ids.success) return { ...INVALID_ID, values };
  const form = parseForm(DeleteConfirmSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await deleteTable(actorOf(user), ids.data.tableId, form.data.version);
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect(`/admin/rencontres/${ids.data.rencontreId}?supprimee=table`);
});

export const deleteRencontreAction = guardDatabase(async function deleteRencontreAction(rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(rencontreId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(DeleteConfirmSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await deleteRencontre(actorOf(user), id.data, form.data.version);
  } catch (error) {
    return dataErrorState(error, values);
  }
  redirect("/admin?supprimee=rencontre");
});

export const setEditorAction = guardDatabase(async function setEditorAction(rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(rencontreId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(EditorInviteSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await setRencontreEditor(actorOf(user), id.data, form.data.email, form.data.invite === "oui");
  } catch (error) {
    return dataErrorState(error, values);
  }
  return { ok: true, message: form.data.invite === "oui" ? `${form.data.email} peut maintenant saisir les tables de cette rencontre.` : `${form.data.email} n'a plus accès à cette rencontre.` };
});

export const updateSynthesisAction = guardDatabase(async function updateSynthesisAction(rencontreId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(rencontreId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(SynthesisFormSchema, formData, values, "La synthèse n'est pas enregistrée : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  const actor = actorOf(user);
  try {
    const { version } = await updateSynthesis(actor, id.data, form.data);
    return { ok: true, message: "Table ronde et synthèse enregistrées.", values: { ...values, version: String(version) } };
  } catch (error) {
    if (error instanceof DataError && error.code === "CONFLICT") {
      const [saved, themes] = await Promise.all([getSynthesisForEdit(actor, id.data), findThemeOptions()]);
      if (saved) {
        const themeName = new Map(themes.map((t) => [t.id, t.name]));
        const named = (groups: { theme: string; entries: string[] }[]) => groups.map((g) => ({ themeName: themeName.get(g.theme) ?? "?", entries: g.entries }));
        return {
          ok: false,
          message: `${error.message} Votre saisie est conservée ci-dessous. Comparez, puis enregistrez de nouveau pour remplacer sa version par la vôtre.`,
          values,
          conflict: {
            version: saved.version,
            differences: describeSynthesisDifferences(
              // The form holds a group's lines as one text.
              { ...saved, themeGroups: named(saved.themeGroups.map((g) => ({ theme: g.theme, entries: g.entries.split("\n") }))) },
              { ...form.data, themeGroups: named(form.data.themeGroups) },
            ),
          },
        };
      }
    }
    return dataErrorState(error, values);
  }
});
