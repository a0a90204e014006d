import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PersonEraseForm, PersonVisibilityForm } from "@/components/admin/person-forms";
import { formatDate, isoDay } from "@/lib/text/format";
import { getPersonForAdmin } from "@/server/data/people/get-person-for-admin";
import { actorOf, requireOrganiser } from "@/server/session";
import { erasePersonAction, setPersonVisibilityAction } from "../actions";
import { buttonClass } from "@/components/ui/button";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Personne" };

const ROLES = { MODERATOR: "Animation de la table ronde", PANELIST: "Intervention en table ronde" } as const;

export default async function PersonPage({ params }: Props) {
  const user = await requireOrganiser();
  const { id } = await params;
  const person = /^[\w-]{1,64}$/.test(id) ? await getPersonForAdmin(actorOf(user), id) : null;
  if (!person) notFound();
  const rencontreLabel = (r: { title: string; city: string; date: Date | null }) => (
    <>
      {r.title} — {r.city}, <time dateTime={isoDay(r.date)}>{formatDate(r.date)}</time>
    </>
  );
  return (
    <>
      <p>
        <Link href="/admin/personnes">← Toutes les personnes</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{person.fullName}</h1>
      <p className="mt-1 text-muted">
        {person.visibility === "HIDDEN" ? "Nom masqué : « Participant·e » sur les pages publiques" : "Nom affiché sur les pages publiques"}
        {" · "}
        <Link href={`/admin/journal?personne=${person.id}`}>Voir dans le journal</Link>
      </p>

      <section aria-labelledby="titre-participations" className="mt-8">
        <h2 id="titre-participations" className="text-2xl font-bold">
          Où elle ou il apparaît
        </h2>
        {person.participations.length === 0 && person.speakers.length === 0 ? <p className="mt-2">Nulle part pour l&rsquo;instant.</p> : null}
        <ul className="mt-3 space-y-2">
          {person.participations.map((p) => (
            <li key={p.id} className="rounded-lg border border-line bg-white p-3">
              <p className="font-semibold">
                <Link href={`/admin/rencontres/${p.table.rencontre.id}/tables/${p.table.number}`}>
                  Table {p.table.number}
                  {p.table.title ? ` — ${p.table.title}` : ""}
                </Link>
              </p>
              <p className="text-sm">{rencontreLabel(p.table.rencontre)}</p>
              <p className="text-sm text-muted">
                {p.organisation ? p.organisation.name : p.statusLabel ? p.statusLabel : "Sans organisation indiquée"}
              </p>
            </li>
          ))}
          {person.speakers.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-white p-3">
              <p className="font-semibold">
                <Link href={`/admin/rencontres/${s.rencontre.id}`}>{ROLES[s.role]}</Link>
              </p>
              <p className="text-sm">{rencontreLabel(s.rencontre)}</p>
              {s.organisation ? <p className="text-sm text-muted">{s.organisation.name}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="titre-visibilite" className="mt-10 max-w-xl">
        <h2 id="titre-visibilite" className="text-2xl font-bold">
          Affichage du nom
        </h2>
        <p className="mt-1 text-muted">Masqué, son nom devient «&#8239;Participant·e&#8239;»&#8239;; son organisation reste affichée.</p>
        <div className="mt-3">
          <PersonVisibilityForm action={setPersonVisibilityAction.bind(null, person.id)} visibility={person.visibility} version={person.version} />
        </div>
      </section>

      <section aria-labelledby="titre-donnees" className="mt-10 max-w-xl">
        <h2 id="titre-donnees" className="text-2xl font-bold">
          Ses données
        </h2>
        <p className="mt-1 text-muted">
          Un fichier JSON avec tout ce que l&rsquo;application conserve sur cette personne. L&rsquo;export est noté au journal.
        </p>
        <p className="mt-3">
          {/* A plain link: no prefetch, so the export (and its audit entry) happens only on a click. */}
          <a
            href={`/admin/personnes/${person.id}/export`}
            download
            className={buttonClass("secondary", "inline-flex items-center no-underline hover:underline")}
          >
            Exporter ses données
          </a>
        </p>
        <div className="mt-6">
          <PersonEraseForm action={erasePersonAction.bind(null, person.id)} participations={person.participations.length} />
        </div>
      </section>
    </>
  );
}
