"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { initialActionState, type FormAction } from "@/lib/forms/action-state";

type Props = { action: FormAction; itemId: string; label: string; suggestions: { id: string; name: string }[] };

/**
 * The suggested themes of one item of the "à thématiser" queue, each a one-tap button (its own
 * form); the page then lists the queue again without the item. A refusal stays here.
 */
export function ThemeQueueChoices({ action, itemId, label, suggestions }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  if (suggestions.length === 0)
    return <p className="mt-3 text-sm text-muted">{"Aucun thème ne ressort de ses mots\u00a0: donnez-lui le sien depuis sa table."}</p>;
  return (
    <div className="mt-3 space-y-2">
      <FormMessage state={state} />
      <div role="group" aria-label={label} className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        {suggestions.map((theme, index) => (
          <form key={theme.id} action={formAction}>
            <input type="hidden" name="itemId" value={itemId} />
            <input type="hidden" name="themeId" value={theme.id} />
            <Button type="submit" variant={index === 0 ? "primary" : "secondary"} disabled={pending} className="w-full text-left sm:w-auto">
              {theme.name}
            </Button>
          </form>
        ))}
      </div>
    </div>
  );
}
