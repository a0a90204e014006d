"use client";

import { useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

const subscribe = () => () => {};

/**
 * The page's address as a plain link (all there is without JavaScript), and, where the
 * browser offers the clipboard, a button that copies it.
 */
export function CopyLink({ url }: { url: string }) {
  const canCopy = useSyncExternalStore(
    subscribe,
    () => typeof navigator !== "undefined" && !!navigator.clipboard,
    () => false,
  );
  const [outcome, setOutcome] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a href={url} className="break-all">
        {url}
      </a>
      {canCopy ? (
        <Button type="button" variant="secondary" size="compact" onClick={copy}>
          Copier le lien
        </Button>
      ) : null}
      <span role="status" className="text-sm">
        {outcome === "copied" ? "Lien copié." : outcome === "failed" ? "Copie impossible : sélectionnez le lien ci-contre." : ""}
      </span>
    </div>
  );
}
