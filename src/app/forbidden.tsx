import { Link } from "@/components/ui/link";

export default function Forbidden() {
  return (
    <section aria-labelledby="titre-403" className="max-w-2xl">
      <h1 id="titre-403" className="text-3xl font-bold">
        Accès refusé
      </h1>
      <p className="mt-4">
        Votre compte ne permet pas d&rsquo;ouvrir cette page. Si vous pensez que c&rsquo;est une erreur, demandez à un·e organisateur·rice de vous y
        inviter.
      </p>
      <p className="mt-4">
        <Link href="/admin">Revenir à l&rsquo;espace organisateurs</Link>
      </p>
    </section>
  );
}
