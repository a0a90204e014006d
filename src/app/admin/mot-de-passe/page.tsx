import type { Metadata } from "next";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Mot de passe" };

export default function ChangePasswordPage() {
  return (
    <section aria-labelledby="titre-mdp" className="max-w-md">
      <h1 id="titre-mdp" className="text-3xl font-bold">
        Changer de mot de passe
      </h1>
      <div className="mt-6 rounded-lg border border-line bg-white p-5">
        <ChangePasswordForm />
      </div>
    </section>
  );
}
