"use client";

import { useEffect } from "react";

export const UNSAVED_WARNING = "Vos modifications ne sont pas enregistrées. Quitter cette page et les perdre\u202f?";

/**
 * While `isDirty`, asks before the page is left: the browser's own prompt on reload, close
 * or typed address (beforeunload), and a French confirm on a click on any link of the
 * page. The click is caught before Next.js's Link sees it, so a refusal stays on the page.
 */
export function useUnsavedWarning(isDirty: boolean) {
  useEffect(() => {
    if (!isDirty) return;
    // A link already confirmed must not ask a second time through beforeunload.
    let confirmed = false;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (confirmed) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = "";
    };
    const onClick = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || (link.hash && link.pathname === location.pathname)) return;
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      if (window.confirm(UNSAVED_WARNING)) confirmed = true;
      else {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [isDirty]);
}
