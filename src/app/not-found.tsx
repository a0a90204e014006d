import { Link } from "@/components/ui/link";

export default function NotFound() {
  return (
    <section aria-labelledby="titre-404" className="max-w-2xl">
      <h1 id="titre-404" className="text-3xl font-bold">
        Page introuvable
      </h1>
      <p className="mt-4">Cette page n&rsquo;existe pas, ou plus. Le lien est peut-être incomplet.</p>
      <p className="mt-4">
        <Link href="/">Revenir à l&rsquo;accueil du catalogue</Link>
      </p>
    </section>
  );
}
