import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { frenchTypography as fr } from "@/lib/text/typography";
import { notFound } from "next/navigation";
import { DownloadLinks } from "@/components/catalogue/download-links";
import { ItemCard } from "@/components/item/item-card";
import { feedAlternates, themeFeedPath, themeFeedTitle } from "@/lib/open-data/feed-addresses";
import { formatDate, isoDay, plural } from "@/lib/text/format";
import { getTheme } from "@/server/data/themes/get-theme";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const { slug } = await params;
  const raw = (await searchParams).page;
  const page = typeof raw === "string" && /^\d{1,5}$/.test(raw) ? Math.max(1, Number(raw)) : 1;
  return getTheme(slug, page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const theme = await load(props);
  if (!theme) return { title: "Thème introuvable" };
  const description = `${theme.name}\u00a0: ${plural(theme.ideaCount, "piste")} de collaboration entre entrepreneurs sociaux et travailleurs sociaux, rencontre par rencontre.`;
  return {
    title: `Thème\u00a0: ${theme.name}`,
    description,
    openGraph: { title: theme.name, description, url: `/themes/${theme.slug}` },
    alternates: feedAlternates([{ url: themeFeedPath(theme.slug), title: themeFeedTitle(theme.name) }]),
  };
}

export default async function ThemePage(props: Props) {
  const theme = await load(props);
  if (!theme) notFound();
  return (
    <>
      <nav aria-label="Fil d’Ariane" className="link-list text-sm">
        <Link href="/">Accueil</Link> › <Link href={`/pistes`}>Pistes</Link> › Thème
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{fr(theme.name)}</h1>
      {theme.description ? <p className="mt-2 max-w-3xl text-lg text-muted">{fr(theme.description)}</p> : null}
      <p className="link-list mt-2">
        {plural(theme.ideaCount, "piste")} dans {plural(theme.rencontreCount, "rencontre")}.{" "}
        <Link href={`/pistes?theme=${theme.slug}`}>Filtrer et rechercher ces pistes</Link>
      </p>
      <p className="link-list no-print text-sm">
        <a href={themeFeedPath(theme.slug)} type="application/atom+xml">
          Suivre les nouvelles pistes de ce thème (flux Atom)
        </a>
      </p>
      {theme.ideaCount > 0 ? <DownloadLinks kind="IDEA" filters={{ themes: [theme.slug] }} label="Télécharger les pistes de ce thème" /> : null}
      {theme.groups.length === 0 ? (
        <p className="mt-6">{theme.page > 1 ? "Cette page est au-delà de la liste." : "Aucune piste publiée n’a encore ce thème."}</p>
      ) : null}
      {theme.groups.map((group) => (
        <section key={group.rencontre.slug} aria-labelledby={`r-${group.rencontre.slug}`} className="mt-8">
          <h2 id={`r-${group.rencontre.slug}`} className="text-2xl font-bold">
            <Link href={`/rencontres/${group.rencontre.slug}`}>
              {fr(group.rencontre.title)} — {fr(group.rencontre.city)}
            </Link>
          </h2>
          <p className="text-muted">
            <time dateTime={isoDay(group.rencontre.date)}>{formatDate(group.rencontre.date)}</time> · {plural(group.ideas.length, "piste")}
          </p>
          <ul className="mt-3 space-y-3">
            {group.ideas.map((idea) => (
              <li key={idea.id}>
                <ItemCard item={idea} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {theme.pageCount > 1 ? (
        <nav aria-label="Pages de rencontres" className="touch-links mt-8 flex flex-wrap gap-4">
          {theme.page > 1 ? <Link href={`/themes/${theme.slug}?page=${theme.page - 1}`}>← Rencontres plus récentes</Link> : null}
          <span>
            Page {theme.page} sur {theme.pageCount}
          </span>
          {theme.page < theme.pageCount ? <Link href={`/themes/${theme.slug}?page=${theme.page + 1}`}>Rencontres plus anciennes →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
