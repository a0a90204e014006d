"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formDataToObject } from "@/lib/forms/form-data";
import { BoundId } from "./form-errors";
import { DataError } from "@/server/errors";
import { setRencontreStatus } from "@/server/data/rencontres/set-rencontre-status";
import { actorOf, getSessionUser } from "@/server/session";
import { signOut } from "@/server/sign-in";
import { guardDatabase } from "@/app/database-guard";

export async function signOutAction(): Promise<void> {
  await signOut();
  redirect("/connexion");
}

const StatusSchema = z.object({
  id: BoundId,
  status: z.enum(["DRAFT", "PUBLISHED"]),
  version: z.coerce.number().int().positive(),
});

export type StatusActionState = { ok: boolean; message?: string };

/** Publishes or unpublishes a rencontre; the data layer refuses anyone but an admin. */
export const setStatusAction = guardDatabase(async function setStatusAction(_prev: StatusActionState, formData: FormData): Promise<StatusActionState> {
  const user = await getSessionUser();
  if (!user) return { ok: false, message: "Votre session a expiré : reconnectez-vous." };
  const parsed = StatusSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { ok: false, message: "Demande invalide." };
  try {
    await setRencontreStatus(actorOf(user), parsed.data);
  } catch (error) {
    if (error instanceof DataError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, message: parsed.data.status === "PUBLISHED" ? "Rencontre publiée : elle est visible de tous." : "Rencontre retirée : elle n'est plus visible du public." };
});
