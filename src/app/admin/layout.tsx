import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { NavLink } from "@/components/ui/nav-link";
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
          <ul className="nav-list">
            <li>
              <NavLink href="/admin" section={["/admin/rencontres"]}>
                Rencontres
              </NavLink>
            </li>
            {isOrganiser(user) ? (
              <>
                <li>
                  <NavLink href="/admin/import" section={["/admin/import"]}>
                    Importer
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/themes" section={["/admin/themes"]}>
                    Thèmes
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/rapprochements" section={["/admin/rapprochements"]}>
                    Rapprochements
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/organisations" section={["/admin/organisations"]}>
                    Organisations
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/personnes" section={["/admin/personnes"]}>
                    Personnes
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/comptes" section={["/admin/comptes"]}>
                    Comptes
                  </NavLink>
                </li>
                <li>
                  <NavLink href="/admin/journal" section={["/admin/journal"]}>
                    Journal des modifications
                  </NavLink>
                </li>
              </>
            ) : null}
            <li>
              <NavLink href="/admin/mot-de-passe" section={["/admin/mot-de-passe"]}>
                Mot de passe
              </NavLink>
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
