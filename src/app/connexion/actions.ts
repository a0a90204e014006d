"use server";

import { redirect } from "next/navigation";
import { formValues, type ActionState } from "@/lib/action-state";
import { z } from "zod";
import { SignInSchema } from "@/lib/schemas/auth";
import { signIn } from "@/server/sign-in";
import { guardDatabase } from "@/app/database-guard";

export const signInAction = guardDatabase(async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData, ["password"]);
  const parsed = SignInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  const outcome = await signIn(parsed.data);
  if (outcome === "throttled") {
    return { ok: false, message: "Trop de tentatives de connexion : réessayez dans un quart d'heure.", values };
  }
  if (outcome === "invalid") return { ok: false, message: "Adresse e-mail ou mot de passe incorrect.", values };
  redirect("/admin");
});
