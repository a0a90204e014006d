"use client";

import "./globals.css";

// Replaces the root layout when it fails itself: French, and never the error's details.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-screen">
        <main className="mx-auto max-w-2xl px-4 py-8">
          <h1 className="text-3xl font-bold">Service momentanément indisponible</h1>
          <p className="mt-4">Le site rencontre un problème momentané. Réessayez dans quelques instants.</p>
          <p className="mt-4">
            <button type="button" onClick={reset} className="underline">
              Réessayer
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
