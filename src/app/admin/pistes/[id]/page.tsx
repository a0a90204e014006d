import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DeleteNoteButton, FollowUpForm } from "@/components/admin/follow-up-form";
import { InlineText } from "@/components/ui/rich-text";
import { statusLabel } from "@/lib/schemas/catalogue";
import { formatDate, isoDay } from "@/lib/text/format";
import { getIdeaForFollowUp } from "@/server/data/items/follow-up";
import { actorOf, requireUser } from "@/server/session";
import { addFollowUpAction, deleteFollowUpNoteAction } from "../actions";
import { isOrganiser } from "@/server/actor";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Suivi d’une piste" };

/** Today in Paris, as YYYY-MM-DD: the default date of a new note. */
const parisToday = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());

export default async function FollowUpPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  // Missing, not an idea, or a rencontre the rapporteur is not invited to: all look the same.
  const idea = /^[\w-]{1,64}$/.test(id) ? await getIdeaForFollowUp(actorOf(user), id) : null;
  if (!idea) notFound();
  const { rencontre, table } = idea;
  const organiser = isOrganiser(user);
  return (
    <>
      <p>
        <Link href={`/admin/rencontres/${rencontre.id}/tables/${table.number}`}>← Table {table.number}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Suivi d&rsquo;une piste</h1>
      <p className="mt-1 text-muted">
        <Link href={`/admin/rencontres/${rencontre.id}`}>{rencontre.title}</Link> — {rencontre.city},{" "}
        <time dateTime={isoDay(rencontre.date)}>{formatDate(rencontre.date)}</time>
        {" · "}
        Table {table.number}
        {table.title ? ` — ${table.title}` : ""}
        {rencontre.status === "PUBLISHED" ? (
          <>
            {" · "}
            <Link href={idea.slug ? `/pistes/${idea.slug}` : `/rencontres/${rencontre.slug}/tables/${table.number}#item-${idea.id}`}>
              voir sur la page publique
            </Link>
          </>
        ) : null}
      </p>
      <blockquote className="mt-4 max-w-3xl rounded-lg border-l-4 border-accent-dark bg-white p-4">
        <InlineText source={idea.text} keywords />
      </blockquote>
      <p className="mt-3">
        Statut actuel&nbsp;: <strong>{statusLabel(idea.status) ?? "non renseigné"}</strong>
      </p>

      <section aria-labelledby="titre-changements" className="mt-8 max-w-3xl">
        <h2 id="titre-changements" className="text-2xl font-bold">
          Changements de statut
        </h2>
        {idea.statusChanges.length === 0 ? (
          <p className="mt-2">Aucun changement depuis la rencontre.</p>
        ) : (
          <ol className="mt-3 space-y-1">
            {idea.statusChanges.map((change) => (
              <li key={change.id}>
                <time dateTime={isoDay(change.changedAt)}>{formatDate(change.changedAt)}</time> — {statusLabel(change.status)}
                <span className="text-muted">
                  {" "}
                  ({change.author ? `par ${change.author.name}` : "auteur·rice inconnu·e : compte supprimé ou outil en ligne de commande"})
                </span>
              </li>
            ))}
          </ol>
        )}
        <p className="mt-2 text-sm text-muted">La page publique de la piste montre ces dates et statuts, jamais qui les a saisis.</p>
      </section>

      <section aria-labelledby="titre-notes" className="mt-8 max-w-3xl">
        <h2 id="titre-notes" className="text-2xl font-bold">
          Notes de suivi
        </h2>
        {idea.notes.length === 0 ? (
          <p className="mt-2">Aucune note pour l&rsquo;instant.</p>
        ) : (
          <ol className="mt-3 space-y-3">
            {idea.notes.map((note) => (
              <li key={note.id} className="rounded-lg border border-line bg-white p-3">
                <p className="text-sm font-semibold">
                  <time dateTime={isoDay(note.date)}>{formatDate(note.date)}</time>
                  {note.status ? ` — ${statusLabel(note.status)}` : ""}
                </p>
                <p className="mt-1 whitespace-pre-line">{note.text}</p>
                {organiser ? <DeleteNoteButton action={deleteFollowUpNoteAction.bind(null, note.id)} noteDate={formatDate(note.date)} /> : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="titre-suivi" className="mt-10 max-w-3xl">
        <h2 id="titre-suivi" className="text-2xl font-bold">
          Mettre à jour le suivi
        </h2>
        <div className="mt-3">
          <FollowUpForm
            action={addFollowUpAction.bind(null, idea.id)}
            status={idea.status ?? "PROPOSEE"}
            version={idea.version}
            today={parisToday()}
          />
        </div>
      </section>
    </>
  );
}
