import { Link } from "@/components/ui/link";
import { IDEA_STATUSES } from "@/lib/schemas/catalogue";
import { frenchTypography } from "@/lib/text/typography";

/** An idea's follow-up status (a link to the ideas of that status) and the themes of an example or idea, as small labels. */
export function ItemBadges({ status, themes }: { status: string | null; themes: { slug: string; name: string }[] }) {
  const known = IDEA_STATUSES.find((s) => s.value === status);
  return (
    <>
      {known ? (
        <Link href={`/pistes?statut=${known.param}`} className="badge badge-status">
          <span className="sr-only">{"Statut\u00a0: "}</span>
          {known.label}
        </Link>
      ) : null}
      {themes.map((theme) => (
        <Link key={theme.slug} href={`/themes/${theme.slug}`} className="badge badge-theme">
          <span className="sr-only">{"Thème\u00a0: "}</span>
          {frenchTypography(theme.name)}
        </Link>
      ))}
    </>
  );
}
