"use server";

import { redirect } from "next/navigation";
import { SignInSchema } from "@/lib/schemas/auth";
import { formAction } from "@/server/actions/form-action";
import { signIn } from "@/server/sign-in";

export const signInAction = formAction({ access: "public", schema: SignInSchema, secret: ["password"] }, async ({ input, values }) => {
  const outcome = await signIn(input);
  if (outcome === "throttled") return { ok: false, message: "Trop de tentatives de connexion : réessayez dans un quart d'heure.", values };
  if (outcome === "invalid") return { ok: false, message: "Adresse e-mail ou mot de passe incorrect.", values };
  redirect("/admin");
});
