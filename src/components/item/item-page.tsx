import { Link } from "@/components/ui/link";
import { InlineText } from "@/components/ui/rich-text";
import { followUpTimeline, type TimelineEntry } from "@/lib/items/follow-up-timeline";
import { itemJsonLd } from "@/lib/items/item-json-ld";
import { IDEA_STATUSES } from "@/lib/schemas/catalogue";
import { formatDate, isoDay } from "@/lib/text/format";
import { stripMarkup } from "@/lib/text/normalize";
import { siteUrl } from "@/lib/site-url";
import type { ItemPage } from "@/server/data/items/get-item-page";
import { CopyLink } from "./copy-link";
import { recurrenceSpread } from "@/lib/items/recurrence-spread";
import { itemPath } from "@/lib/open-data/item-address";
import { frenchTypography } from "@/lib/text/typography";

const NBSP = "\u00a0";
const quoted = (text: string) => `«\u202f${text}\u202f»`;
const excerpt = (text: string, max = 90) => {
  const plain = stripMarkup(text);
  return plain.length > max ? `${plain.slice(0, max - 1).trimEnd()}…` : plain;
};

/** The words of a page that differ between an idea (feminine) and an example. */
export const ITEM_WORDS = {
  IDEA: {
    kind: "Piste de future collaboration",
    catalogue: "/pistes",
    catalogueLabel: "Pistes",
    raised: "Proposée",
    also: "Aussi évoquée",
    one: "cette piste",
  },
  EXAMPLE: {
    kind: "Exemple de collaboration",
    catalogue: "/exemples",
    catalogueLabel: "Exemples",
    raised: "Cité",
    also: "Aussi évoqué",
    one: "cet exemple",
  },
} as const;

function TimelineItem({ entry, tableNumber }: { entry: TimelineEntry; tableNumber: number }) {
  const status = (value: string | null) => IDEA_STATUSES.find((s) => s.value === value)?.label;
  return (
    <li className="relative border-l-2 border-line pb-4 pl-4 last:pb-0">
      <span aria-hidden className="absolute top-1.5 -left-[7px] size-3 rounded-full border-2 border-white bg-accent-dark" />
      <p className="text-sm font-semibold text-muted">
        {entry.date ? <time dateTime={isoDay(entry.date)}>{formatDate(entry.date)}</time> : "Date à préciser"}
      </p>
      {entry.kind === "proposed" ? (
        <p>Proposée à la table {tableNumber} de la rencontre.</p>
      ) : entry.kind === "status" ? (
        <p>
          Statut{NBSP}: <strong>{status(entry.status)}</strong>
        </p>
      ) : (
        <>
          {entry.status ? (
            <p>
              Statut{NBSP}: <strong>{status(entry.status)}</strong>
            </p>
          ) : null}
          <p className="whitespace-pre-line">{entry.text}</p>
        </>
      )}
    </li>
  );
}

/** The page of one example or idea: its text, where it came from, its themes, organisations cited, follow-up and related items. */
export function ItemPageView({ item }: { item: ItemPage }) {
  const words = ITEM_WORDS[item.kind];
  const base = siteUrl();
  const path = itemPath(item)!;
  const tablePath = `/rencontres/${item.rencontre.slug}/tables/${item.table.number}`;
  const status = IDEA_STATUSES.find((s) => s.value === item.status);
  const timeline =
    item.kind === "IDEA" ? followUpTimeline({ proposedOn: item.rencontre.date, statusChanges: item.statusChanges, notes: item.notes }) : [];

  return (
    <article aria-labelledby="titre-item" className="max-w-3xl">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: itemJsonLd(item, `${base}${path}`, base) }} />
      <nav aria-label="Fil d’Ariane" className="no-print text-sm">
        <Link href="/">Accueil</Link> › <Link href={words.catalogue}>{words.catalogueLabel}</Link> ›{" "}
        <Link href={tablePath}>
          {item.rencontre.city}, table {item.table.number}
        </Link>
      </nav>
      <p className="mt-4 text-sm font-semibold tracking-wide text-accent-dark uppercase">{words.kind}</p>
      <h1 id="titre-item" className="mt-1 font-serif text-2xl leading-snug font-bold sm:text-3xl">
        <InlineText source={item.text} keywords />
      </h1>
      <p className="mt-3 text-lg">
        {words.raised} à la <Link href={tablePath}>table {item.table.number}</Link>
        {item.table.title ? ` (${item.table.title})` : ""} de la{" "}
        <Link href={`/rencontres/${item.rencontre.slug}`}>
          {item.rencontre.title} — {item.rencontre.city}
        </Link>
        , le <time dateTime={isoDay(item.rencontre.date)}>{formatDate(item.rencontre.date)}</time>.
      </p>

      <dl className="mt-6 grid gap-x-4 gap-y-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[auto_1fr]">
        {status ? (
          <>
            <dt className="font-semibold">Statut</dt>
            <dd>
              <Link href={`/pistes?statut=${status.param}`}>{status.label}</Link>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{item.themes.length >= 2 ? "Thèmes" : "Thème"}</dt>
        <dd>
          {item.themes.length === 0 ? (
            <span className="text-muted">Aucun thème pour l’instant</span>
          ) : (
            <ul className="flex flex-wrap gap-2">
              {item.themes.map((theme) => (
                <li key={theme.slug}>
                  <Link href={`/themes/${theme.slug}`} className="rounded-full bg-highlight/60 px-2 py-0.5 text-ink no-underline hover:underline">
                    {frenchTypography(theme.name)}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {item.keywords.length > 0 ? (
          <>
            <dt className="font-semibold">Mots-clés</dt>
            <dd>
              {item.keywords.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ", " : ""}
                  <strong>{frenchTypography(k)}</strong>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {item.organisations.length > 0 ? (
          <>
            <dt className="font-semibold">{item.organisations.length >= 2 ? "Organisations citées" : "Organisation citée"}</dt>
            <dd>
              {item.organisations.map((o, i) => (
                <span key={o.slug}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/organisations/${o.slug}`}>{frenchTypography(o.name)}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
      </dl>

      {item.kind === "IDEA" ? (
        <section aria-labelledby="suivi" className="mt-8">
          <h2 id="suivi" className="text-2xl font-bold">
            Suivi
          </h2>
          <p className="mt-2">
            Statut actuel{NBSP}: <strong>{status?.label ?? "à préciser"}</strong>
            {timeline.length === 1 ? ". Aucun changement ni aucune note depuis la rencontre." : "."}
          </p>
          <ol className="mt-4" aria-label="Ce qu’est devenue cette piste, du plus ancien au plus récent">
            {timeline.map((entry) => (
              <TimelineItem key={entry.key} entry={entry} tableNumber={item.table.number} />
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="aussi" className="mt-8">
        <h2 id="aussi" className="text-2xl font-bold">
          {words.also}
        </h2>
        {item.related.length === 0 ? (
          <p className="mt-2 text-muted">Aucun rapprochement avec une autre table pour l’instant.</p>
        ) : (
          <p className="mt-2 font-semibold">{recurrenceSpread(item.kind, { rencontre: item.rencontre, table: item.table.number }, item.family)}</p>
        )}
        {item.related.length === 0 ? null : (
          <ul className="mt-2 space-y-2">
            {item.related.map((r) => (
              <li key={r.slug}>
                {words.also} à la table {r.table} ({r.rencontre.city}, {formatDate(r.rencontre.date)}){NBSP}:{" "}
                <Link href={itemPath(r)!}>{quoted(frenchTypography(excerpt(r.text)))}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="partager" className="no-print mt-8">
        <h2 id="partager" className="text-2xl font-bold">
          Partager {words.one}
        </h2>
        <div className="mt-2">
          <CopyLink url={`${base}${path}`} />
        </div>
      </section>
    </article>
  );
}

/** Title and description of the page, for the <head> and Open Graph. */
export function itemPageMetadata(item: ItemPage) {
  const words = ITEM_WORDS[item.kind];
  const title = `${excerpt(item.text, 70)} — table ${item.table.number}, ${item.rencontre.city}`;
  const description = `${words.kind} ${item.kind === "IDEA" ? "proposée" : "cité"} à la table ${item.table.number} de la Grande Rencontre de ${item.rencontre.city} (${formatDate(item.rencontre.date)})${NBSP}: ${excerpt(item.text, 200)}`;
  const url = itemPath(item)!;
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url, type: "article" as const } };
}
