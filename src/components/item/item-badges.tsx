import Link from "next/link";
import { statusLabel } from "@/lib/schemas/catalogue";

/** An idea's follow-up status and the themes of an example or idea, as small labels. */
export function ItemBadges({ status, themes }: { status: string | null; themes: { slug: string; name: string }[] }) {
  const label = statusLabel(status);
  return (
    <>
      {label ? (
        <span className="rounded-full border border-line bg-paper px-2 py-0.5">
          <span className="sr-only">Statut : </span>
          {label}
        </span>
      ) : null}
      {themes.map((theme) => (
        <Link
          key={theme.slug}
          href={`/themes/${theme.slug}`}
          className="rounded-full bg-highlight/60 px-2 py-0.5 text-ink no-underline hover:underline"
        >
          <span className="sr-only">Thème : </span>
          {theme.name}
        </Link>
      ))}
    </>
  );
}
