import Link from "next/link";

/** An organiser's address that leads nowhere: deleted, merged, or out of their reach. */
export default function AdminNotFound() {
  return (
    <section aria-labelledby="titre-introuvable" className="max-w-2xl">
      <h1 id="titre-introuvable" className="text-3xl font-bold">
        Cet élément n&rsquo;existe plus
      </h1>
      <p className="mt-4">
        Il a pu être supprimé ou fusionné avec un autre depuis que le lien a été copié, ou il ne fait pas partie des rencontres auxquelles vous êtes
        invité·e. Le journal des modifications dit qui l&rsquo;a changé et quand.
      </p>
      <p className="mt-4">
        <Link href="/admin">Revenir à vos rencontres</Link>
      </p>
    </section>
  );
}
