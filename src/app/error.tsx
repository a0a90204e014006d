"use client";

// The page shown when rendering fails (the first request after the database went down,
// before the proxy knows it): French, and never the error's details.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="titre-erreur" className="max-w-2xl">
      <h1 id="titre-erreur" className="text-3xl font-bold">
        La page n&rsquo;a pas pu être affichée
      </h1>
      <p className="mt-4">
        Le service rencontre un problème momentané, par exemple une base de données qui ne répond pas. Réessayez dans quelques instants.
      </p>
      <p className="mt-4">
        <button type="button" onClick={reset} className="underline">
          Réessayer
        </button>
      </p>
    </section>
  );
}
