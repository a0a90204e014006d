/**
 * HTTP security headers. Public pages are cached whole (incremental static regeneration),
 * so they cannot carry a per-request nonce: their policy allows the framework's inline
 * scripts ('unsafe-inline'), and they render no user-supplied HTML (texts are shown inert).
 * The organisers' area is rendered per request and gets a nonce-based policy from the proxy.
 */
const isDev = process.env.NODE_ENV === "development";

function policy(scriptSrc: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const PUBLIC_CSP = policy("'self' 'unsafe-inline'");
export const nonceCsp = (nonce: string) => policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);

/** Headers every response carries. */
export const COMMON_SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** The areas rendered per request, whose policy carries a nonce. */
export const NONCE_AREAS = ["/admin", "/connexion"];
export const isNonceArea = (pathname: string) => NONCE_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));

/** HSTS for a site served over https (two years, subdomains included); none over http, where browsers ignore it. */
export function hstsHeader(siteUrl: string | undefined): string | null {
  return siteUrl?.startsWith("https://") ? "max-age=63072000; includeSubDomains" : null;
}

/** The largest request body accepted: the import form's 2 MB file and its text, as next.config.ts's bodySizeLimit. */
export const MAX_REQUEST_BODY_BYTES = 5 * 1024 * 1024;

export const TOO_LARGE_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Envoi trop volumineux · Rencontres</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Envoi trop volumineux</h1>
<p>Ce que vous avez envoyé dépasse 5 Mo : rien n’a été enregistré. Un compte rendu à importer doit faire 2 Mo au plus ; réduisez le fichier (sans images, par exemple) ou collez son texte, puis réessayez.</p>
<p><a href="/">Revenir à l’accueil</a></p>
</body></html>`;

/** The page of a client past its limit of filter addresses (src/lib/page-cache/filter-rate-limit.ts). */
export const TOO_MANY_FILTERS_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Trop de recherches à la suite · Rencontres</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Trop de recherches à la suite</h1>
<p>Cette connexion a demandé beaucoup de combinaisons de filtres en une minute&nbsp;: patientez un instant, puis rechargez la page. Les pages du catalogue sans filtre, des rencontres et des thèmes restent ouvertes.</p>
<p><a href="/pistes">Toutes les pistes</a> · <a href="/">Revenir à l’accueil</a></p>
</body></html>`;
