import type { Metadata } from "next";
import Link from "next/link";
import { ThemeCreateForm, ThemeEditForm, ThemeMergeForm } from "@/components/admin/theme-forms";
import { plural } from "@/lib/text/format";
import { findThemesForAdmin } from "@/server/data/themes/find-themes-for-admin";
import { actorOf, requireOrganiser } from "@/server/session";
import { createThemeAction, mergeThemesAction, updateThemeAction } from "./actions";

export const metadata: Metadata = { title: "Thèmes" };

const SUMMARY = "inline-flex min-h-11 cursor-pointer items-center font-semibold text-accent-dark underline underline-offset-2";

export default async function AdminThemesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireOrganiser();
  const themes = await findThemesForAdmin(actorOf(user));
  const merged = (await searchParams).fusion;
  const mergedInto = typeof merged === "string" ? themes.find((t) => t.id === merged) : undefined;
  return (
    <>
      <h1 className="text-3xl font-bold">Thèmes</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Les thèmes servent à filtrer les pistes et les exemples. Renommer un thème garde son adresse publique&#8239;; fusionner deux thèmes réunit
        leurs pistes sous un seul nom.
      </p>
      {mergedInto ? (
        <p role="status" className="mt-4 rounded border border-line bg-white p-3">
          Fusion effectuée&nbsp;: les pistes et exemples sont maintenant dans «&#8239;{mergedInto.name}&#8239;».
        </p>
      ) : null}

      <section aria-labelledby="titre-liste-themes" className="mt-8">
        <h2 id="titre-liste-themes" className="text-2xl font-bold">
          {plural(themes.length, "thème")}
        </h2>
        {themes.length === 0 ? <p className="mt-2">Aucun thème pour l’instant&nbsp;: ajoutez le premier ci-dessous.</p> : null}
        <ul className="mt-4 space-y-4">
          {themes.map((theme) => (
            <li key={theme.id} id={`theme-${theme.id}`} className="rounded-lg border border-line bg-white p-4">
              <h3 className="text-xl font-bold">{theme.name}</h3>
              {theme.description ? <p className="mt-1 max-w-3xl">{theme.description}</p> : null}
              <p className="mt-1 text-sm text-muted">
                {plural(theme.ideas, "piste")} · {plural(theme.examples, "exemple")} ·{" "}
                {plural(theme.synthesisGroups, "groupe de synthèse", "groupes de synthèse")} (brouillons compris) ·{" "}
                <Link href={`/themes/${theme.slug}`}>page publique</Link>
              </p>
              <details className="mt-3">
                <summary className={SUMMARY}>Modifier le nom ou la description</summary>
                <div className="mt-3 max-w-2xl">
                  <ThemeEditForm action={updateThemeAction.bind(null, theme.id)} theme={theme} />
                </div>
              </details>
              <details className="mt-1">
                <summary className={SUMMARY}>Fusionner dans un autre thème</summary>
                <div className="mt-3 max-w-2xl">
                  <ThemeMergeForm
                    action={mergeThemesAction.bind(null, theme.id)}
                    theme={theme}
                    others={themes.filter((t) => t.id !== theme.id).map((t) => ({ id: t.id, name: t.name }))}
                  />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="titre-nouveau-theme" className="mt-10 max-w-2xl">
        <h2 id="titre-nouveau-theme" className="text-2xl font-bold">
          Nouveau thème
        </h2>
        <div className="mt-4">
          <ThemeCreateForm action={createThemeAction} />
        </div>
      </section>
    </>
  );
}
