"use client";

import { useActionState, useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/forms/action-state";
import { setStatusAction } from "./actions";

/**
 * Publishing and unpublishing change a public page at once: the button opens a dialog that
 * names the rencontre and its public address, and only its own button acts.
 */
export function StatusButton({
  rencontre,
  site,
}: {
  rencontre: { id: string; slug: string; title: string; status: "DRAFT" | "PUBLISHED"; version: number };
  /** The site's public base URL (siteUrl(), read on the server). */
  site: string;
}) {
  const { id, version, title } = rencontre;
  const publishing = rencontre.status !== "PUBLISHED";
  const status = publishing ? "PUBLISHED" : "DRAFT";
  const label = publishing ? "Publier" : "Retirer la publication";
  const address = `${site}/rencontres/${rencontre.slug}`;
  const [state, action, pending] = useActionState<ActionState, FormData>(setStatusAction, { ok: false });
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  return (
    <div className="inline">
      <Button type="button" variant="secondary" size="compact" disabled={pending} onClick={() => dialog.current?.showModal()}>
        {label}
      </Button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className="ml-2 text-sm">
          {state.message}
        </span>
      ) : null}
      <dialog ref={dialog} aria-labelledby={headingId} className="m-auto max-w-lg rounded-lg border border-line p-5 backdrop:bg-ink/50">
        <form action={action} onSubmit={() => dialog.current?.close()} noValidate>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="status" value={status} />
          <input type="hidden" name="version" value={version} />
          <h2 id={headingId} className="text-xl font-bold">
            {publishing ? "Publier" : "Retirer la publication de"} «&#8239;{title}&#8239;»&#8239;?
          </h2>
          <p className="mt-2">
            {publishing ? "Elle sera visible de tous à cette adresse\u00a0:" : "Elle ne sera plus visible du public à cette adresse\u00a0:"}
            <code className="my-1 block [overflow-wrap:anywhere]">{address}</code>
            {publishing ? null : "Qui suivra un lien vers elle trouvera une page introuvable."}
          </p>
          <div className="mt-4 flex flex-wrap gap-2">
            <Button type="submit" variant="primary" disabled={pending}>
              {label}
            </Button>
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
              Annuler
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
