import type { Metadata } from "next";
import Link from "next/link";
import { AccountCreateForm, AccountDeleteForm, AccountRoleForm, AccountSignOutForm } from "@/components/admin/account-forms";
import { ROLE_LABELS } from "@/lib/schemas/account-form";
import { formatDate, isoDay, plural } from "@/lib/text/format";
import { findAccounts } from "@/server/data/users/find-accounts";
import { actorOf, requireOrganiser } from "@/server/session";
import { createAccountAction, deleteAccountAction, setAccountRoleAction, signOutEverywhereAction } from "./actions";

export const metadata: Metadata = { title: "Comptes" };

const SUMMARY = "inline-flex min-h-11 cursor-pointer items-center font-semibold text-accent-dark underline underline-offset-2";

export default async function AdminAccountsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireOrganiser();
  const accounts = await findAccounts(actorOf(user));
  const deleted = (await searchParams).supprime === "1";
  return (
    <>
      <h1 className="text-3xl font-bold">Comptes</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Les organisateur·rices ont accès à tout. Les rapporteur·es saisissent les tables des rencontres auxquelles on les invite, depuis la page de
        chaque rencontre.
      </p>
      {deleted ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-3">
          Compte supprimé, avec ses sessions et ses invitations.
        </p>
      ) : null}

      <section aria-labelledby="titre-liste-comptes" className="mt-8">
        <h2 id="titre-liste-comptes" className="text-2xl font-bold">
          {plural(accounts.length, "compte")}
        </h2>
        <div className="mt-4 relative overflow-x-auto" tabIndex={0} role="region" aria-label="Liste des comptes">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="py-2 pr-3">
                  Nom
                </th>
                <th scope="col" className="py-2 pr-3">
                  Adresse e-mail
                </th>
                <th scope="col" className="py-2 pr-3">
                  Rôle
                </th>
                <th scope="col" className="py-2 pr-3">
                  Rencontres
                </th>
                <th scope="col" className="py-2 pr-3">
                  Sessions ouvertes
                </th>
                <th scope="col" className="py-2">
                  Gérer
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((account) => {
                const isSelf = account.id === user.id;
                const row = { id: account.id, name: account.name, role: account.role };
                return (
                  <tr key={account.id} id={`compte-${account.id}`} className="border-b border-line align-top">
                    <th scope="row" className="py-3 pr-3 font-semibold">
                      {account.name}
                      {isSelf ? <span className="font-normal text-muted"> (vous)</span> : null}
                      <span className="block font-normal text-muted">
                        créé le <time dateTime={isoDay(account.createdAt)}>{formatDate(account.createdAt)}</time>
                      </span>
                    </th>
                    <td className="py-3 pr-3 break-all">{account.email}</td>
                    <td className="py-3 pr-3">{ROLE_LABELS[account.role]}</td>
                    <td className="py-3 pr-3">
                      {account.role === "ADMIN" ? (
                        "Toutes"
                      ) : account.invitations.length === 0 ? (
                        <span className="text-muted">Aucune invitation</span>
                      ) : (
                        <ul className="space-y-1">
                          {account.invitations.map((r) => (
                            <li key={r.id}>
                              <Link href={`/admin/rencontres/${r.id}`}>
                                {r.city}, {formatDate(r.date)}
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td className="py-3 pr-3">{account.activeSessions}</td>
                    <td className="min-w-[16rem] py-3">
                      <details>
                        <summary className={SUMMARY}>
                          Gérer<span className="sr-only"> le compte de {account.name}</span>
                        </summary>
                        <div className="mt-3 space-y-4">
                          {isSelf ? (
                            <p className="text-muted">Votre rôle ne peut être changé que par un autre organisateur.</p>
                          ) : (
                            <AccountRoleForm action={setAccountRoleAction.bind(null, account.id)} account={row} />
                          )}
                          <AccountSignOutForm action={signOutEverywhereAction.bind(null, account.id)} account={row} isSelf={isSelf} />
                          {isSelf ? null : <AccountDeleteForm action={deleteAccountAction.bind(null, account.id)} account={row} />}
                        </div>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="titre-nouveau-compte" className="mt-10 max-w-2xl">
        <h2 id="titre-nouveau-compte" className="text-2xl font-bold">
          Nouveau compte
        </h2>
        <p className="mt-2 text-muted">
          Pour qu&rsquo;un·e rapporteur·e saisisse des tables, créez son compte ici, puis invitez-le depuis la page de la rencontre.
        </p>
        <div className="mt-4">
          <AccountCreateForm action={createAccountAction} />
        </div>
      </section>
    </>
  );
}
