import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/server/session";
import { signOutAction } from "./actions";
import { isOrganiser } from "@/server/actor";

export const metadata: Metadata = { title: { default: "Espace organisateurs", template: "%s · Espace organisateurs" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <div>
      <div className="no-print mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white px-4 py-3">
        <nav aria-label="Espace organisateurs">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/admin">Rencontres</Link>
            </li>
            {isOrganiser(user) ? (
              <>
                <li>
                  <Link href="/admin/import">Importer</Link>
                </li>
                <li>
                  <Link href="/admin/themes">Thèmes</Link>
                </li>
                <li>
                  <Link href="/admin/rapprochements">Rapprochements</Link>
                </li>
                <li>
                  <Link href="/admin/organisations">Organisations</Link>
                </li>
                <li>
                  <Link href="/admin/personnes">Personnes</Link>
                </li>
                <li>
                  <Link href="/admin/comptes">Comptes</Link>
                </li>
                <li>
                  <Link href="/admin/journal">Journal des modifications</Link>
                </li>
              </>
            ) : null}
            <li>
              <Link href="/admin/mot-de-passe">Mot de passe</Link>
            </li>
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm">
          <span>
            {user.name} · {isOrganiser(user) ? "organisateur·rice" : "rapporteur·e"}
          </span>
          <Button type="submit" variant="secondary" size="compact">
            Se déconnecter
          </Button>
        </form>
      </div>
      {children}
    </div>
  );
}
