import type { ReactNode } from "react";

/** Says how a form marks the fields it cannot do without (WCAG 3.3.2), above the fields. */
export function RequiredNote({ children }: { children?: ReactNode }) {
  return (
    <p className="text-sm text-muted">Les champs marqués «&#8239;obligatoire&#8239;» doivent être remplis.{children ? <> {children}</> : null}</p>
  );
}
