import type { Metadata, Viewport } from "next";
import { Link } from "@/components/ui/link";
import { NavLink } from "@/components/ui/nav-link";
import type { ReactNode } from "react";
import { feedAlternates } from "@/lib/open-data/feed-addresses";
import { siteUrl } from "@/lib/site-url";
import { PrintFooter } from "./print-footer";
import { SiteNav } from "./site-nav";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Rencontres — entrepreneurs sociaux et travailleurs sociaux", template: "%s · Rencontres" },
  description:
    "Le catalogue des Grandes Rencontres entre entrepreneurs sociaux et travailleurs sociaux\u00a0: objectifs, exemples de collaboration et pistes d’action, table par table.",
  applicationName: "Rencontres",
  openGraph: { type: "website", locale: "fr_FR", siteName: "Rencontres" },
  alternates: feedAlternates(),
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#fbfaf7" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body className="min-h-screen">
        <a href="#contenu" className="skip-link">
          Aller au contenu
        </a>
        <header className="no-print border-b border-line bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap items-baseline justify-between gap-2 px-4 py-3">
            <Link href="/" className="font-serif text-xl font-bold text-ink no-underline">
              Rencontres
            </Link>
            <SiteNav />
          </div>
        </header>
        <main id="contenu" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="no-print border-t border-line py-6 text-sm text-muted">
          <div className="mx-auto max-w-5xl px-4">
            <p>
              Les Grandes Rencontres sont organisées par La Compagnie Générale des Autres avec le GNIAC, avec le soutien de la Fondation Crédit
              Coopératif.
            </p>
            <ul className="nav-list mt-2">
              <li>
                <NavLink href="/observatoire">Observatoire</NavLink>
              </li>
              <li>
                <NavLink href="/donnees">Données ouvertes</NavLink>
              </li>
              <li>
                <NavLink href="/api">API</NavLink>
              </li>
            </ul>
          </div>
        </footer>
        <PrintFooter siteUrl={siteUrl()} />
      </body>
    </html>
  );
}
