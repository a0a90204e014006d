"use server";

import { redirect } from "next/navigation";
import { describeSynthesisDifferences } from "@/lib/forms/synthesis-changes";
import { describeTableDifferences } from "@/lib/forms/table-changes";
import { DeleteConfirmSchema, EditorInviteSchema, RencontreFormSchema, RencontreUpdateSchema } from "@/lib/schemas/rencontre-form";
import { SynthesisFormSchema } from "@/lib/schemas/synthesis-form";
import { NewTableSchema, TableFormSchema } from "@/lib/schemas/table-form";
import type { ActionState } from "@/lib/forms/action-state";
import { formatDateTime } from "@/lib/text/format";
import { formAction } from "@/server/actions/form-action";
import type { DataError } from "@/server/errors";
import { createRencontre } from "@/server/data/rencontres/create-rencontre";
import { deleteRencontre } from "@/server/data/rencontres/delete-rencontre";
import { setRencontreEditor } from "@/server/data/rencontres/set-rencontre-editor";
import { getSynthesisForEdit, updateSynthesis } from "@/server/data/rencontres/synthesis";
import { updateRencontre } from "@/server/data/rencontres/update-rencontre";
import { createTable } from "@/server/data/tables/create-table";
import { deleteTable } from "@/server/data/tables/delete-table";
import { getTableForEdit } from "@/server/data/tables/get-table-for-edit";
import { updateTable } from "@/server/data/tables/update-table";
import { findThemeOptions } from "@/server/data/themes/find-theme-options";

const KEEP_YOURS = "Votre saisie est conservée ci-dessous. Comparez, puis enregistrez de nouveau pour remplacer sa version par la vôtre.";

/** A stale copy refused: the user's input kept, with what the saved version changed. */
const conflictState = (error: DataError, values: Record<string, string>, conflict: NonNullable<ActionState["conflict"]>): ActionState => ({
  ok: false,
  message: `${error.message} ${KEEP_YOURS}`,
  values,
  conflict,
});

export const createRencontreAction = formAction({ access: "organiser", schema: RencontreFormSchema }, async ({ actor, input }) => {
  const { id } = await createRencontre(actor, input);
  redirect(`/admin/rencontres/${id}?creee=1`);
});

export const updateRencontreAction = formAction(
  { access: "organiser", ids: ["rencontreId"], schema: RencontreUpdateSchema },
  async ({ actor, ids, input, values }) => {
    const { version } = await updateRencontre(actor, ids.rencontreId, input);
    return { ok: true, message: "Rencontre enregistrée.", values: { ...values, version: String(version) } };
  },
);

export const createTableAction = formAction({ access: "organiser", ids: ["rencontreId"], schema: NewTableSchema }, async ({ actor, ids, input }) => {
  const { number } = await createTable(actor, ids.rencontreId, input);
  redirect(`/admin/rencontres/${ids.rencontreId}/tables/${number}?creee=1`);
});

export const updateTableAction = formAction(
  {
    access: "member",
    ids: ["tableId", "rencontreId"],
    schema: TableFormSchema,
    invalidMessage: "La table n’est pas enregistrée\u00a0: corrigez les champs signalés.",
    async onRefusal(error, { actor, ids, input, values }) {
      if (error.code === "CONFLICT") {
        const saved = await getTableForEdit(actor, ids.rencontreId, { id: ids.tableId });
        if (!saved) return undefined;
        return conflictState(error, values, {
          version: saved.version,
          differences: describeTableDifferences(saved, input),
          lastChange: saved.lastChange ? `${saved.lastChange.actorLabel}, ${formatDateTime(saved.lastChange.at)}` : undefined,
        });
      }
      if (error.code === "NOT_FOUND") {
        return {
          ok: false,
          message:
            "Cette table n'existe plus : elle a été supprimée pendant que vous la saisissiez. Votre saisie reste à l'écran : copiez ce que vous voulez garder, puis revenez à la rencontre.",
          values,
        };
      }
      return undefined;
    },
  },
  async ({ actor, ids, input, values }) => {
    const { version } = await updateTable(actor, ids.tableId, input);
    return { ok: true, message: `Table ${input.number} enregistrée.`, values: { ...values, version: String(version) } };
  },
);

export const deleteTableAction = formAction(
  { access: "organiser", ids: ["tableId", "rencontreId"], schema: DeleteConfirmSchema },
  async ({ actor, ids, input }) => {
    await deleteTable(actor, ids.tableId, input.version);
    redirect(`/admin/rencontres/${ids.rencontreId}?supprimee=table`);
  },
);

export const deleteRencontreAction = formAction(
  { access: "organiser", ids: ["rencontreId"], schema: DeleteConfirmSchema },
  async ({ actor, ids, input }) => {
    await deleteRencontre(actor, ids.rencontreId, input.version);
    redirect("/admin?supprimee=rencontre");
  },
);

export const setEditorAction = formAction(
  { access: "organiser", ids: ["rencontreId"], schema: EditorInviteSchema },
  async ({ actor, ids, input }) => {
    const invited = input.invite === "oui";
    await setRencontreEditor(actor, ids.rencontreId, input.email, invited);
    return {
      ok: true,
      message: invited ? `${input.email} peut maintenant saisir les tables de cette rencontre.` : `${input.email} n'a plus accès à cette rencontre.`,
    };
  },
);

export const updateSynthesisAction = formAction(
  {
    access: "organiser",
    ids: ["rencontreId"],
    schema: SynthesisFormSchema,
    invalidMessage: "La synthèse n’est pas enregistrée\u00a0: corrigez les champs signalés.",
    async onRefusal(error, { actor, ids, input, values }) {
      if (error.code !== "CONFLICT") return undefined;
      const [saved, themes] = await Promise.all([getSynthesisForEdit(actor, ids.rencontreId), findThemeOptions()]);
      if (!saved) return undefined;
      const themeName = new Map(themes.map((t) => [t.id, t.name]));
      const named = (groups: { theme: string; entries: string[] }[]) =>
        groups.map((g) => ({ themeName: themeName.get(g.theme) ?? "?", entries: g.entries }));
      return conflictState(error, values, {
        version: saved.version,
        differences: describeSynthesisDifferences(
          // The form holds a group's lines as one text.
          { ...saved, themeGroups: named(saved.themeGroups.map((g) => ({ theme: g.theme, entries: g.entries.split("\n") }))) },
          { ...input, themeGroups: named(input.themeGroups) },
        ),
      });
    },
  },
  async ({ actor, ids, input, values }) => {
    const { version } = await updateSynthesis(actor, ids.rencontreId, input);
    return { ok: true, message: "Table ronde et synthèse enregistrées.", values: { ...values, version: String(version) } };
  },
);
