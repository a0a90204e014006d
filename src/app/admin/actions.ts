"use server";

import { redirect } from "next/navigation";
import { RencontreStatusSchema } from "@/lib/schemas/rencontre-form";
import { formAction } from "@/server/actions/form-action";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { signOut } from "@/server/sign-in";

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/connexion");
}

/** Publishes or unpublishes a rencontre. */
export const setStatusAction = formAction({ access: "organiser", schema: RencontreStatusSchema }, async ({ actor, input }) => {
  await setRencontreStatus(actor, input);
  return {
    ok: true,
    message:
      input.status === "PUBLISHED" ? "Rencontre publiée : elle est visible de tous." : "Rencontre retirée : elle n'est plus visible du public.",
  };
});
