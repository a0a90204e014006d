import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SynthesisForm } from "@/components/admin/synthesis-form";
import { getSynthesisForEdit } from "@/server/data/rencontres/synthesis";
import { findThemeOptions } from "@/server/data/themes/find-theme-options";
import { actorOf, requireOrganiser } from "@/server/session";
import { updateSynthesisAction } from "../../actions";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Table ronde et synthèse générale" };

export default async function SynthesisPage({ params }: Props) {
  const user = await requireOrganiser();
  const [synthesis, themes] = await Promise.all([getSynthesisForEdit(actorOf(user), (await params).id), findThemeOptions()]);
  if (!synthesis) notFound();
  return (
    <>
      <p>
        <Link href={`/admin/rencontres/${synthesis.id}`}>← {synthesis.title}</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold">Table ronde et synthèse générale</h1>
      <p className="mt-1 text-muted">{synthesis.city}</p>
      <div className="mt-6 max-w-4xl">
        <SynthesisForm action={updateSynthesisAction.bind(null, synthesis.id)} synthesis={synthesis} themes={themes} />
      </div>
    </>
  );
}
