import type { Metadata } from "next";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { ThemeQueueChoices } from "@/components/admin/theme-queue-item";
import { ProposalsQuerySchema } from "@/lib/schemas/item-link";
import { formatDate, plural } from "@/lib/text/format";
import { findThemeQueue } from "@/server/data/themes/find-theme-queue";
import { actorOf, requireUser } from "@/server/session";
import { addItemThemeAction } from "./actions";

export const metadata: Metadata = { title: "À thématiser" };

export default async function ThemeQueuePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  // The same page parameter as the rapprochements' list.
  const { page } = ProposalsQuerySchema.parse(await searchParams);
  const { total, pages, items } = await findThemeQueue(actorOf(user), page);
  return (
    <>
      <h1 className="text-3xl font-bold">À thématiser</h1>
      <p className="mt-2 max-w-3xl text-muted">
        {
          "Les pistes puis les exemples qui n’ont pas de thème, dans les rencontres que vous pouvez modifier, brouillons compris. Pour chacun, jusqu’à trois thèmes suggérés d’après ses mots (rapprochés de ceux des éléments de chaque thème, et du nom et de la description du thème)\u00a0: touchez le bon, l’élément quitte la liste."
        }
      </p>
      <h2 className="mt-6 text-2xl font-bold" aria-live="polite">
        {total === 0 ? "Tout est thématisé" : plural(total, "élément sans thème", "éléments sans thème")}
      </h2>
      <ol className="mt-4 space-y-4">
        {items.map((item) => (
          <li key={item.id} className="rounded-lg border border-line bg-white p-4">
            <p>{item.plainText}</p>
            <p className="mt-2 text-sm text-muted">
              {item.kind === "IDEA" ? "Piste" : "Exemple"} ·{" "}
              <Link href={`/admin/rencontres/${item.rencontre.id}/tables/${item.table.number}`}>table {item.table.number}</Link> ·{" "}
              {item.rencontre.title} ({item.rencontre.city}
              {item.rencontre.date ? `, ${formatDate(item.rencontre.date)}` : ""}){item.rencontre.status === "DRAFT" ? " · brouillon" : null}
            </p>
            <ThemeQueueChoices
              action={addItemThemeAction}
              itemId={item.id}
              label={`Thèmes suggérés pour «\u202f${item.plainText.slice(0, 40)}\u202f»`}
              suggestions={item.suggestions}
            />
          </li>
        ))}
      </ol>
      <AdminPager path="/admin/a-thematiser" page={page} pages={pages} label="Pages à thématiser" />
    </>
  );
}
