import type { Metadata } from "next";
import Link from "next/link";
import { AdminPager } from "@/components/admin/admin-pager";
import { ItemLinkDecision } from "@/components/admin/item-link-decision";
import { itemPath } from "@/lib/open-data/item-address";
import { ProposalsQuerySchema } from "@/lib/schemas/item-link";
import { formatDate, formatNumber, plural } from "@/lib/text/format";
import { findItemLinkProposals, type ItemLinkProposal } from "@/server/data/recurrence/find-item-link-proposals";
import { actorOf, requireOrganiser } from "@/server/session";
import { decideItemLinkAction } from "./actions";

export const metadata: Metadata = { title: "Rapprochements" };

function Side({ item }: { item: ItemLinkProposal["from"] }) {
  const path = itemPath(item);
  const { rencontre } = item;
  return (
    <div className="min-w-0 flex-1 rounded border border-line p-3">
      <p>{item.plainText}</p>
      <p className="mt-2 text-sm text-muted">
        {item.kind === "IDEA" ? "Piste" : "Exemple"} · table {item.table.number} ·{" "}
        <Link href={`/admin/rencontres/${rencontre.id}`}>
          {rencontre.title} ({rencontre.city}
          {rencontre.date ? `, ${formatDate(rencontre.date)}` : ""})
        </Link>
        {rencontre.status === "DRAFT" ? " · brouillon" : null}
        {path && rencontre.status === "PUBLISHED" ? (
          <>
            {" "}
            · <Link href={path}>page publique</Link>
          </>
        ) : null}
      </p>
    </div>
  );
}

export default async function AdminItemLinksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireOrganiser();
  const { page, rencontre } = ProposalsQuerySchema.parse(await searchParams);
  const { total, pages, links } = await findItemLinkProposals(actorOf(user), page, rencontre);
  return (
    <>
      <h1 className="text-3xl font-bold">Rapprochements</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Des pistes ou des exemples de tables différentes qui semblent dire la même chose, repérés à l’enregistrement d’une table ou à l’import d’un
        compte rendu (mots rapprochés par leur racine, mots-clés en gras comptés double). Confirmer les relie sur leurs pages publiques&#8239;;
        «&#8239;Confirmer la famille&#8239;» confirme aussi les autres rapprochements proposés autour de ces deux-là&#8239;; un rapprochement rejeté
        n’est plus jamais proposé.
      </p>
      <h2 className="mt-8 text-2xl font-bold">
        {total === 0 ? "Aucun rapprochement à trancher" : plural(total, "rapprochement à trancher", "rapprochements à trancher")}
        {rencontre ? " pour cette rencontre" : ""}
      </h2>
      {rencontre ? (
        <p className="mt-2">
          <Link href="/admin/rapprochements">Tous les rapprochements</Link>
        </p>
      ) : null}
      <ol className="mt-4 space-y-4">
        {links.map((link) => (
          <li key={`${link.fromId}-${link.toId}`} className="rounded-lg border border-line bg-white p-4">
            <p className="text-sm font-semibold">Similarité {formatNumber(Math.round(link.score * 100))} %</p>
            <div className="mt-2 flex flex-col gap-3 md:flex-row">
              <Side item={link.from} />
              <Side item={link.to} />
            </div>
            <ItemLinkDecision
              action={decideItemLinkAction}
              fromId={link.fromId}
              toId={link.toId}
              label={`Rapprochement de « ${link.from.plainText.slice(0, 40)} » et « ${link.to.plainText.slice(0, 40)} »`}
            />
          </li>
        ))}
      </ol>
      <AdminPager
        path={`/admin/rapprochements${rencontre ? `?rencontre=${rencontre}` : ""}`}
        page={page}
        pages={pages}
        label="Pages de rapprochements"
      />
    </>
  );
}
