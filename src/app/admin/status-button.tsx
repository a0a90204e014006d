"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/forms/action-state";
import { setStatusAction } from "./actions";

export function StatusButton({ id, status, version, label }: { id: string; status: "DRAFT" | "PUBLISHED"; version: number; label: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(setStatusAction, { ok: false });
  return (
    <form action={action} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="secondary" size="compact" disabled={pending}>
        {label}
      </Button>
      {state.message ? (
        <span role={state.ok ? "status" : "alert"} className="ml-2 text-sm">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
