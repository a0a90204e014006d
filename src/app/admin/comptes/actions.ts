"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-state";
import { parseForm } from "@/lib/forms/form-data";
import { AccountCreateSchema, AccountDeleteSchema, AccountRoleSchema, ROLE_LABELS } from "@/lib/schemas/account-form";
import { createAccount } from "@/server/data/users/create-account";
import { deleteAccount } from "@/server/data/users/delete-account";
import { setAccountRole } from "@/server/data/users/set-account-role";
import { signOutEverywhere } from "@/server/data/users/sign-out-everywhere";
import { actorOf, getSessionUser } from "@/server/session";
import { BoundId, dataErrorState, INVALID_ID, SESSION_EXPIRED } from "../form-errors";
import { guardDatabase } from "@/app/database-guard";

const PATH = "/admin/comptes";

export const createAccountAction = guardDatabase(async function createAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  // The password is never sent back to the browser.
  const values = formValues(formData, ["password"]);
  const form = parseForm(AccountCreateSchema, formData, values, "Le compte n’est pas créé : corrigez les champs signalés.");
  if (!form.ok) return form.state;
  try {
    await createAccount(actorOf(user), form.data);
  } catch (error) {
    return dataErrorState(error, values);
  }
  // No values back: the form is emptied for the next account.
  return {
    ok: true,
    message: `Compte créé pour ${form.data.email} (${ROLE_LABELS[form.data.role].toLowerCase()}). Transmettez le mot de passe à la personne par un autre moyen que l’e-mail ; elle pourra le changer depuis « Mot de passe ».`,
  };
});

export const setAccountRoleAction = guardDatabase(async function setAccountRoleAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(userId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(AccountRoleSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await setAccountRole(actorOf(user), id.data, form.data.role);
  } catch (error) {
    return dataErrorState(error, values);
  }
  return { ok: true, message: `Rôle enregistré : ${ROLE_LABELS[form.data.role].toLowerCase()}.`, values };
});

export const signOutEverywhereAction = guardDatabase(async function signOutEverywhereAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(userId);
  if (!id.success) return { ...INVALID_ID, values };
  let closed: number;
  try {
    closed = (await signOutEverywhere(actorOf(user), id.data)).closed;
  } catch (error) {
    return dataErrorState(error, values);
  }
  // Signing oneself out everywhere closes this session too.
  if (id.data === user.id) redirect("/connexion");
  return { ok: true, message: closed === 0 ? "Ce compte n’avait aucune session ouverte." : `${closed === 1 ? "1 session fermée" : `${closed} sessions fermées`} : la personne devra se reconnecter.` };
});

export const deleteAccountAction = guardDatabase(async function deleteAccountAction(userId: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  const user = await getSessionUser();
  if (!user) return SESSION_EXPIRED;
  const values = formValues(formData);
  const id = BoundId.safeParse(userId);
  if (!id.success) return { ...INVALID_ID, values };
  const form = parseForm(AccountDeleteSchema, formData, values);
  if (!form.ok) return form.state;
  try {
    await deleteAccount(actorOf(user), id.data);
  } catch (error) {
    return dataErrorState(error, values);
  }
  // The row and its form disappear: the page says what happened (no email in the address).
  redirect(`${PATH}?supprime=1`);
});
