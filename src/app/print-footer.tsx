"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

const printDate = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Paris" });

/**
 * The line a printed page ends with: when and from which address it was printed. The date is
 * the server's at render (pages without JavaScript), then the reader's own, set again just
 * before printing: a cached page may have been rendered days earlier.
 */
export function PrintFooter({ siteUrl }: { siteUrl: string }) {
  const pathname = usePathname();
  const [date, setDate] = useState(() => printDate.format(new Date()));
  useEffect(() => {
    const update = () => setDate(printDate.format(new Date()));
    update();
    window.addEventListener("beforeprint", update);
    return () => window.removeEventListener("beforeprint", update);
  }, []);
  return (
    <p className="print-only print-footer" suppressHydrationWarning>
      Imprimé le {date} depuis {siteUrl}
      {pathname}
    </p>
  );
}
