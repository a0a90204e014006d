import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = {
  title: "Connexion",
  description: "Espace des organisateurs et des rapporteurs des Grandes Rencontres.",
  robots: { index: false },
};

export default async function SignInPage() {
  if (await getSessionUser()) redirect("/admin");
  return (
    <section aria-labelledby="titre-connexion" className="mx-auto max-w-md">
      <h1 id="titre-connexion" className="text-3xl font-bold">
        Connexion
      </h1>
      <p className="mt-2 text-muted">Espace des organisateurs et des rapporteurs. Les comptes sont créés par les organisateurs.</p>
      <div className="mt-6 rounded-lg border border-line bg-white p-5">
        <SignInForm />
      </div>
    </section>
  );
}
