"use client";

import { useEffect } from "react";

/**
 * Where JavaScript runs, a change of a filter or of the order submits the GET form at once
 * (the search words keep Enter and the button), and after filtering the results heading
 * takes the focus. Without JavaScript the form's button does the same: nothing else here.
 */
export function AutoSubmit({ form }: { form: string }) {
  useEffect(() => {
    if (location.hash === "#resultats") document.getElementById("titre-resultats")?.focus();
    const submit = (event: Event) => {
      const field = event.target as HTMLInputElement;
      if (field.form?.id === form && field.type !== "search") field.form.requestSubmit();
    };
    document.addEventListener("change", submit);
    return () => document.removeEventListener("change", submit);
  }, [form]);
  return null;
}
