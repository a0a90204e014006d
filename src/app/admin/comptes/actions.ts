"use server";

import { redirect } from "next/navigation";
import { AccountCreateSchema, AccountDeleteSchema, AccountRoleSchema, ROLE_LABELS } from "@/lib/schemas/account-form";
import { formAction } from "@/server/actions/form-action";
import { createAccount } from "@/server/data/users/create-account";
import { deleteAccount } from "@/server/data/users/delete-account";
import { setAccountRole } from "@/server/data/users/set-account-role";
import { signOutEverywhere } from "@/server/data/users/sign-out-everywhere";

export const createAccountAction = formAction(
  // The password is never sent back to the browser.
  {
    access: "organiser",
    schema: AccountCreateSchema,
    secret: ["password"],
    invalidMessage: "Le compte n’est pas créé : corrigez les champs signalés.",
  },
  async ({ actor, input }) => {
    await createAccount(actor, input);
    // No values back: the form is emptied for the next account.
    return {
      ok: true,
      message: `Compte créé pour ${input.email} (${ROLE_LABELS[input.role].toLowerCase()}). Transmettez le mot de passe à la personne par un autre moyen que l’e-mail ; elle pourra le changer depuis « Mot de passe ».`,
    };
  },
);

export const setAccountRoleAction = formAction(
  { access: "organiser", ids: ["userId"], schema: AccountRoleSchema },
  async ({ actor, ids, input, values }) => {
    await setAccountRole(actor, ids.userId, input.role);
    return { ok: true, message: `Rôle enregistré : ${ROLE_LABELS[input.role].toLowerCase()}.`, values };
  },
);

export const signOutEverywhereAction = formAction({ access: "organiser", ids: ["userId"] }, async ({ actor, user, ids }) => {
  const { closed } = await signOutEverywhere(actor, ids.userId);
  // Signing oneself out everywhere closes this session too.
  if (ids.userId === user?.id) redirect("/connexion");
  return {
    ok: true,
    message:
      closed === 0
        ? "Ce compte n’avait aucune session ouverte."
        : `${closed === 1 ? "1 session fermée" : `${closed} sessions fermées`} : la personne devra se reconnecter.`,
  };
});

export const deleteAccountAction = formAction({ access: "organiser", ids: ["userId"], schema: AccountDeleteSchema }, async ({ actor, ids }) => {
  await deleteAccount(actor, ids.userId);
  // The row and its form disappear: the page says what happened (no email in the address).
  redirect("/admin/comptes?supprime=1");
});
